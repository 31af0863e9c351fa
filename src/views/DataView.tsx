import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { Section } from "@/components/Section";
import { dictionary } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/plural";
import type { Locale } from "@/lib/i18n/locales";
import { catalogue, csvPreview, dataAsOf } from "@/lib/openData/catalogue";
import { readChangelog } from "@/lib/openData/changelog";
import { suggestedCitation } from "@/lib/openData/citation";
import { formatPartialDate } from "@/lib/format";
import { pageMetadata } from "@/lib/pageMetadata";
import { fileHref, href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { colon } from "@/lib/i18n/punctuation";

export const dataMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).data;
  return pageMetadata({ locale, route: { page: "data" }, title: t.title, description: t.lede });
};

function bytes(n: number, locale: Locale): string {
  return n >= 1024 * 1024 ? `${formatNumber(locale, Math.round((n / 1024 / 1024) * 10) / 10)} MB` : `${formatNumber(locale, Math.max(1, Math.round(n / 1024)))} kB`;
}

/** The open-data page: licence and citation, every file with its size, rows and a preview, the column dictionary, the changes. */
export function DataView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const d = t.data;
  const data = getSiteData();
  const files = catalogue(data);
  const changes = readChangelog(process.env.CONTENT_ROOT ?? process.cwd()).slice(0, 12);
  const en = locale === "en" ? undefined : "en";
  return (
    <PageShell locale={locale} route={{ page: "data" }} section="data">
      <h1>{d.title}</h1>
      <p className="lede">{d.lede}</p>
      <p className="muted mt-2">{d.version(data.version, formatPartialDate(dataAsOf(data), locale))}</p>

      <Section id="licence" title={d.licenceHeading}>
        <p className="max-w-3xl">{d.licence}</p>
        <p className="mt-3 font-medium">{d.citeAs}</p>
        <p className="rounded bg-slate-50 p-3 text-sm">{suggestedCitation(data, locale)}</p>
      </Section>

      <Section id="files" title={d.filesHeading}>
        <table className="data-table stack-sm">
          <thead>
            <tr>
              <th scope="col">{d.file}</th>
              <th scope="col">{d.description}</th>
              <th scope="col" className="num">
                {d.size}
              </th>
              <th scope="col" className="num">
                {d.rows}
              </th>
            </tr>
          </thead>
          <tbody>
            {files.map((f) => {
              const body = f.body();
              return (
                <tr key={f.name}>
                  <th scope="row" className="font-normal">
                    {f.pattern ? <code>{f.name}</code> : <a href={fileHref(`/data/${f.name}`)}>{f.name}</a>}
                  </th>
                  <td data-label={d.description} lang={en}>
                    <span className="font-medium">{f.title}.</span> {f.description}
                    {f.pattern && <span className="block text-slate-600">{d.recordFiles(data.processes.length)}</span>}
                  </td>
                  <td data-label={d.size} className="num">
                    {bytes(Buffer.byteLength(body), locale)}
                  </td>
                  <td data-label={d.rows} className="num">
                    {f.rows ? formatNumber(locale, f.rows()) : ""}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section id="dictionary" title={d.dictionaryHeading}>
        <p className="muted mb-4">{d.dictionaryLede}</p>
        {files
          .filter((f) => f.csvSpec)
          .map((f) => {
            const spec = f.csvSpec!;
            const preview = csvPreview(f.body());
            return (
              <section key={f.name} aria-labelledby={`dict-${spec.name}`} className="mb-8">
                <h3 id={`dict-${spec.name}`} className="mb-1">
                  <a href={fileHref(`/data/${f.name}`)}>{f.name}</a>
                </h3>
                <p className="muted mb-2">{d.keys(spec.primaryKey.join(", "))}</p>
                <table className="data-table stack-sm">
                  <thead>
                    <tr>
                      <th scope="col">{d.column}</th>
                      <th scope="col">{d.type}</th>
                      <th scope="col">{d.meaning}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {spec.columns.map((c) => (
                      <tr key={c.name}>
                        <th scope="row" className="font-normal">
                          <code>{c.name}</code>
                        </th>
                        <td data-label={d.type}>{c.type}</td>
                        <td data-label={d.meaning} lang={en}>
                          {c.description}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {preview.length > 1 && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm font-medium">{d.preview}</summary>
                    <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={`${d.preview}${colon(locale)}${f.name}`} lang="en">
                      <table className="data-table matrix text-xs">
                        <thead>
                          <tr>
                            {preview[0].map((h) => (
                              <th key={h} scope="col">
                                {h}
                              </th>
                            ))}
                          </tr>
                        </thead>
                        <tbody>
                          {preview.slice(1).map((row, i) => (
                            <tr key={i}>
                              {row.map((cell, j) => (
                                <td key={j}>{cell.length > 60 ? `${cell.slice(0, 57)}…` : cell}</td>
                              ))}
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                )}
              </section>
            );
          })}
      </Section>

      <Section id="changes" title={d.changesHeading}>
        <p className="muted mb-2">
          {d.changesLede} <a href={fileHref("/data/changes.xml")}>{d.feed}</a>
        </p>
        {!changes.length ? (
          <p>{d.noChanges}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {changes.map((c) => (
              <li key={c.date}>
                <span className="font-medium">{c.date}</span>:{" "}
                {[
                  c.added.length ? `${d.added} ${c.added.join(", ")}` : "",
                  c.changed.length ? `${d.changed} ${c.changed.map((slug) => slug).join(", ")}` : "",
                  c.removed.length ? `${d.removed} ${c.removed.join(", ")}` : "",
                  c.registriesChanged ? d.registries : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4">
          <a href={href({ page: "sources" }, locale)}>{t.nav.sources}</a>
        </p>
      </Section>
    </PageShell>
  );
}
