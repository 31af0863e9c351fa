/** /sources/ (the documents, and a records × sources coverage grid) and the data report, per record. */
import type { Metadata } from "next";
import { readable } from "@/components/readable";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { StatusBadge } from "@/components/Badges";
import { Cite } from "@/components/Cite";
import { PageShell } from "@/components/PageShell";
import { Section } from "@/components/Section";
import { dataReport } from "@/lib/dataReport";
import { displayName, formatPartialDate, shortName, sourceLabel } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { colon } from "@/lib/i18n/punctuation";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getProcess, getSiteData } from "@/lib/siteData";

export const sourcesMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).sources;
  return pageMetadata({ locale, route: { page: "sources" }, title: t.title, description: t.lede });
};

export function SourcesView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const sources = [...data.registries.sources].sort((a, b) => a.date.localeCompare(b.date));
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const processes = [...data.processes].sort((a, b) => collator.compare(displayName(a, locale).text, displayName(b, locale).text));
  return (
    <PageShell locale={locale} route={{ page: "sources" }} section="sources">
      <h1>{t.sources.title}</h1>
      <p className="lede">{t.sources.lede}</p>
      <p className="mt-2">
        <a href={href({ page: "report" }, locale)}>{t.sources.reportLink}</a>
      </p>
      <ol className="mt-6 space-y-4">
        {sources.map((s) => (
          <li key={s.id} id={s.id} className="card">
            <h2 className="text-lg">
              {s.label} <span className="font-normal text-slate-600">· {s.dateLabel}</span>
            </h2>
            <p className="font-medium" lang="en">
              {s.title}
            </p>
            <p className="muted">
              {s.author} · {s.language} · <code>{s.id}</code>
            </p>
            <p className="mt-1 text-sm" lang={locale === "en" ? undefined : "en"}>
              {s.covers}
            </p>
            <p className="mt-1 text-sm">{t.sources.citedBy(data.bySource.get(s.id)?.length ?? 0)}</p>
          </li>
        ))}
      </ol>
      <Section id="coverage" title={t.sources.coverage}>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.sources.coverage}>
          <table className="data-table matrix">
            <caption>{t.sources.coverageCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.process}</th>
                {sources.map((s) => (
                  <th key={s.id} scope="col" className="text-center">
                    {s.label}
                  </th>
                ))}
                <th scope="col">{t.common.status}</th>
              </tr>
            </thead>
            <tbody>
              {processes.map((p) => (
                <tr key={p.slug}>
                  <th scope="row" className="font-normal">
                    <a href={href({ page: "process", slug: p.slug }, locale)}>{shortName(p, locale)}</a>
                  </th>
                  {sources.map((s) => {
                    const cited = p.sources.some((c) => c.id === s.id);
                    const current = p.current.source === s.id;
                    return (
                      <td key={s.id} className="text-center">
                        <span aria-hidden="true">{current ? "●" : cited ? "○" : ""}</span>
                        <span className="sr-only">{current ? t.profile.currentLists : cited ? t.common.yes : t.common.no}</span>
                      </td>
                    );
                  })}
                  <td>
                    <StatusBadge process={p} locale={locale} short />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </PageShell>
  );
}

export const reportMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).report;
  return pageMetadata({ locale, route: { page: "report" }, title: t.title, description: t.lede });
};

/** The report's summary: one compact row per record (the details live on each record's own report page). */
export function ReportView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const report = dataReport(data.processes);
  return (
    <PageShell locale={locale} route={{ page: "report" }} section="sources">
      <Breadcrumbs locale={locale} trail={[{ href: href({ page: "sources" }, locale), label: t.nav.sources }, { label: t.report.title }]} />
      <h1>{t.report.title}</h1>
      <p className="lede">{t.report.lede}</p>
      <table className="data-table stack-sm mt-6">
        <thead>
          <tr>
            <th scope="col">{t.common.process}</th>
            <th scope="col">{t.report.statusColumn}</th>
            <th scope="col">{t.common.sources}</th>
            <th scope="col" className="num">
              {t.report.departures}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.map(({ process: p, departures }) => (
            <tr key={p.slug}>
              <th scope="row" className="font-normal">
                <a href={href({ page: "report", slug: p.slug }, locale)}>{displayName(p, locale).text}</a>
              </th>
              <td data-label={t.report.statusColumn}>
                <StatusBadge process={p} locale={locale} short /> <Cite id={p.statusSource} asOf={p.statusAsOf} locale={locale} />
              </td>
              <td data-label={t.common.sources}>{p.sources.map((s) => sourceLabel(data.sourceById.get(s.id), s.id)).join(", ")}</td>
              <td data-label={t.report.departures} className="num">
                {departures.length}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </PageShell>
  );
}

export const reportRecordParams = () => getSiteData().processes.map((p) => ({ slug: p.slug }));

export function reportRecordMetadata(locale: Locale, slug: string): Metadata {
  const t = dictionary(locale).report;
  const p = getProcess(slug);
  return pageMetadata({ locale, route: { page: "report", slug }, title: `${t.title}${colon(locale)}${displayName(p, locale).text}`, description: t.lede });
}

export function ReportRecordView({ locale, slug }: { locale: Locale; slug: string }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const p = getProcess(slug);
  const [{ departures }] = dataReport([p]);
  const name = displayName(p, locale).text;
  return (
    <PageShell locale={locale} route={{ page: "report", slug }} section="sources">
      <Breadcrumbs
        locale={locale}
        trail={[
          { href: href({ page: "sources" }, locale), label: t.nav.sources },
          { href: href({ page: "report" }, locale), label: t.report.title },
          { label: name },
        ]}
      />
      <h1>{name}</h1>
      <p className="mt-2">
        <a href={href({ page: "process", slug }, locale)}>{t.profile.breadcrumb}{colon(locale)}{name}</a>
      </p>
      <dl className="mt-4 space-y-2">
        <div>
          <dt className="font-medium">{t.report.statusColumn}</dt>
          <dd>
            <StatusBadge process={p} locale={locale} /> <Cite id={p.statusSource} asOf={p.statusAsOf} locale={locale} />
            {p.statusNote && <span className="block muted">{readable(p.statusNote)}</span>}
          </dd>
        </div>
        <div>
          <dt className="font-medium">{t.common.sources}</dt>
          <dd>
            {p.sources.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ", "}
                <Cite id={s.id} asOf={s.asOf} locale={locale} />
              </span>
            ))}
          </dd>
        </div>
      </dl>
      <Section id="departures" title={`${t.report.departures} (${departures.length})`}>
        {!departures.length ? (
          <p>{t.report.none}</p>
        ) : (
          <ul className="space-y-3">
            {departures.map((d, i) => (
              <li key={i} className="border-b border-slate-100 pb-2">
                <p>
                  <span className="font-medium">{d.kind === "claim" ? t.claimFields[d.field as keyof typeof t.claimFields] : d.field}</span>:{" "}
                  {t.report.states(sourceLabel(data.sourceById.get(d.source), d.source), d.stated, d.recorded)} ({formatPartialDate(d.asOf, locale)})
                </p>
                <p className="muted" lang={locale === "en" ? undefined : "en"}>
                  {readable(d.reason)}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </PageShell>
  );
}
