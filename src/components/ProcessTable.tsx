import type { ReactNode } from "react";
import type { Process } from "@/lib/content/types";
import { memberCounts } from "@/lib/describe";
import { displayName, regionName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { KindBadge, StatusBadge } from "./Badges";

/**
 * Processes as one comparable table (name, kind, regions, founded, members, status with its date),
 * stacking into label–value blocks on a phone. `extra` adds a column (a country's role, an
 * organisation's part).
 */
export function ProcessTable({
  processes,
  locale,
  caption,
  extra,
}: {
  processes: readonly Process[];
  locale: Locale;
  caption?: string;
  extra?: { heading: string; cell: (p: Process) => ReactNode };
}) {
  const t = dictionary(locale);
  const data = getSiteData();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const rows = processes.map((p) => ({ p, name: displayName(p, locale) })).sort((a, b) => collator.compare(a.name.text, b.name.text));
  return (
    <table className="data-table stack-sm">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t.common.name}</th>
          {extra && <th scope="col">{extra.heading}</th>}
          <th scope="col">{t.common.kind}</th>
          <th scope="col">{t.common.regions}</th>
          <th scope="col" className="num">
            {t.common.foundedLabel}
          </th>
          <th scope="col" className="num">
            {t.common.members}
          </th>
          <th scope="col">{t.common.status}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ p, name }) => {
          const { named, unnamed } = memberCounts(p);
          return (
            <tr key={p.slug}>
              <th scope="row" className="font-normal">
                <a href={href({ page: "process", slug: p.slug }, locale)} lang={name.lang}>
                  {name.text}
                </a>
              </th>
              {extra && <td data-label={extra.heading}>{extra.cell(p)}</td>}
              <td data-label={t.common.kind}>
                <KindBadge kind={p.kind} locale={locale} />
              </td>
              <td data-label={t.common.regions}>{p.regions.map((id) => regionName(data.regionById.get(id), id, locale)).join(", ")}</td>
              <td data-label={t.common.foundedLabel} className="num">
                {p.foundedYear ?? "—"}
              </td>
              <td data-label={t.common.members} className="num">
                {p.openMembership ? "—" : unnamed ? `${named} + ${unnamed}` : named}
              </td>
              <td data-label={t.common.status}>
                <StatusBadge process={p} locale={locale} short />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
