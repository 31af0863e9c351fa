import { claimMatrix } from "@/lib/claims";
import { readable } from "@/components/readable";
import type { Process } from "@/lib/content/types";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { Cite } from "../Cite";

/**
 * The bookkeeping, below the answers: what each source says for each field (newest source first),
 * agreeing cells quiet and differing ones marked; the notes; the sources and which gave the lists.
 */
export function AboutData({ process, locale }: { process: Process; locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const rows = claimMatrix(process);
  const sources = process.sources;
  return (
    <div className="space-y-6">
      {rows.length > 0 && (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t.profile.aboutData}>
          <table className="data-table">
            <caption>{t.profile.matrixCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.name}</th>
                {sources.map((s) => (
                  <th key={s.id} scope="col">
                    <Cite id={s.id} asOf={s.asOf} locale={locale} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} className={row.differs ? "" : "text-slate-500"}>
                  <th scope="row" className="font-medium whitespace-nowrap">
                    {t.claimFields[row.field]}
                    {row.label && <span className="block font-normal">{row.label}</span>}
                  </th>
                  {sources.map((s) => {
                    const cell = row.cells.get(s.id);
                    if (!cell) return <td key={s.id} />;
                    return (
                      <td key={s.id} className={cell.differs ? "bg-amber-50 font-medium text-slate-900" : ""} lang={locale === "en" ? undefined : "en"}>
                        {cell.differs && (
                          <span aria-hidden="true" className="mr-1">
                            ⚑
                          </span>
                        )}
                        {String(cell.claim.value)}
                        {cell.differs && <span className="sr-only"> ({t.profile.differs})</span>}
                        {cell.claim.note && <span className="block text-xs font-normal text-slate-600">{readable(cell.claim.note)}</span>}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {process.notes.length > 0 && (
        <div>
          <h3 className="mb-2">{t.profile.notes}</h3>
          <ul className="list-disc space-y-1 pl-5 text-sm" lang={locale === "en" ? undefined : "en"}>
            {process.notes.map((n, i) => (
              <li key={i}>
                {readable(n.text)} {n.source && <Cite id={n.source} locale={locale} />}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h3 className="mb-2">{t.profile.sourcesUsed}</h3>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {sources.map((s) => (
            <li key={s.id}>
              <Cite id={s.id} asOf={s.asOf} locale={locale} /> — <span lang="en">{data.sourceById.get(s.id)?.title}</span>
              {s.id === process.current.source && <span className="text-slate-600"> — {t.profile.currentLists}</span>}
            </li>
          ))}
        </ul>
        <p className="mt-2 text-sm">
          <a href={href({ page: "report", slug: process.slug }, locale)}>{t.profile.reportLink}</a>
        </p>
      </div>
    </div>
  );
}
