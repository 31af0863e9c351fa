import type { Process } from "@/lib/content/types";
import { countryName, formatPartialDate, shortName, sourceLabel } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { colon } from "@/lib/i18n/punctuation";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { changesBetween, matrixCountries, namedCount, statedTotals, statusIn } from "@/lib/membership";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { ROLES } from "@/lib/content/vocabulary";
import { Cite } from "../Cite";

export const ROLE_SYMBOL = { member: "●", observer: "○", partner: "◆", guest: "△" } as const;

/**
 * Who was listed when: countries as rows, the record's dated lists as columns, a symbol per role,
 * a distinct mark where a source gives no list for a role, stated totals against names listed; then
 * the changes that two comparable lists show.
 */
export function MembershipMatrix({ process, locale }: { process: Process; locale: Locale }) {
  const t = dictionary(locale);
  const h = t.history;
  const data = getSiteData();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const lists = process.lists;
  const countries = matrixCountries(process)
    .map((code) => ({ code, name: countryName(data.countryByCode.get(code), code, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  const header = (i: number) => `${sourceLabel(data.sourceById.get(lists[i].source), lists[i].source)}`;
  const pairs = lists.slice(1).map((to, i) => ({ from: lists[i], to, changes: changesBetween(lists[i], to) }));
  const name = (code: string) => countryName(data.countryByCode.get(code), code, locale);

  return (
    <div className="space-y-4">
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-label={h.legend}>
        {ROLES.map((role) => (
          <li key={role}>
            <span aria-hidden="true" className="mr-1 font-mono">
              {ROLE_SYMBOL[role]}
            </span>
            {t.roles[role]}
          </li>
        ))}
        <li>
          <span aria-hidden="true" className="matrix-nc mr-1 inline-block w-5 text-center">
            –
          </span>
          {h.notCovered}
        </li>
        <li>
          <span aria-hidden="true" className="mr-1 inline-block w-5 border border-slate-300">
            &nbsp;
          </span>
          {h.notListed}
        </li>
      </ul>
      <div className="max-h-[36rem] overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label={h.caption(shortName(process, locale))}>
        <table className="data-table matrix">
          <caption className="px-2 pt-2">{h.caption(shortName(process, locale))}</caption>
          <thead className="sticky top-0 bg-white">
            <tr>
              <th scope="col">{t.common.country}</th>
              {lists.map((l, i) => (
                <th key={`${l.source}-${l.asOf}`} scope="col" className="text-center">
                  {header(i)}
                  <span className="block text-xs font-normal text-slate-600">{formatPartialDate(l.asOf, locale, "short")}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {countries.map((c) => (
              <tr key={c.code}>
                <th scope="row" className="font-normal">
                  <a href={href({ page: "country", code: c.code }, locale)}>{c.name}</a>
                </th>
                {lists.map((l) => {
                  const status = statusIn(l, c.code);
                  const label = status === "not-listed" ? h.notListed : status === "not-covered" ? h.notCovered : t.roles[status];
                  return (
                    <td key={`${l.source}-${l.asOf}`} className={`text-center ${status === "not-covered" ? "matrix-nc" : ""}`}>
                      <span aria-hidden="true">{status === "not-listed" ? "" : status === "not-covered" ? "–" : ROLE_SYMBOL[status]}</span>
                      <span className="sr-only">{label}</span>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{h.named}</th>
              {lists.map((l) => (
                <td key={`${l.source}-${l.asOf}`} className="num text-center">
                  {namedCount(l, "member")}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">{h.totals}</th>
              {lists.map((l) => {
                const stated = statedTotals(process, l).find((s) => s.role === "member");
                return (
                  <td key={`${l.source}-${l.asOf}`} className="num text-center">
                    {stated ? stated.stated : ""}
                  </td>
                );
              })}
            </tr>
          </tfoot>
        </table>
      </div>
      <div>
        <h3 className="mb-1">{h.changes}</h3>
        <p className="muted mb-2">{h.coverageNote}</p>
        {pairs.every((p) => !p.changes.length) ? (
          <p>{h.noChanges}</p>
        ) : (
          <ul className="space-y-2 text-sm">
            {pairs
              .filter((p) => p.changes.length)
              .map((p) => (
                <li key={`${p.from.asOf}-${p.to.asOf}`}>
                  <span className="font-medium">{h.between(formatPartialDate(p.from.asOf, locale), formatPartialDate(p.to.asOf, locale))}</span> (
                  <Cite id={p.from.source} locale={locale} /> → <Cite id={p.to.source} locale={locale} />):{" "}
                  {(["joined", "left", "role-changed"] as const)
                    .map((kind) => {
                      const list = p.changes.filter((c) => c.change === kind);
                      if (!list.length) return "";
                      const names = list.map((c) => (kind === "role-changed" ? `${name(c.country)} (${h.roleChanged(t.roles[c.fromRole!], t.roles[c.toRole!])})` : name(c.country)));
                      return `${kind === "joined" ? h.joined : kind === "left" ? h.left : t.common.role}${colon(locale)}${names.join(", ")}`;
                    })
                    .filter(Boolean)
                    .join(" · ")}
                </li>
              ))}
          </ul>
        )}
      </div>
    </div>
  );
}
