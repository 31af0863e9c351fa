"use client";

import { useMemo } from "react";
import { compareCountries, compareProcesses, parseCompareQuery } from "@/lib/compare";
import { rowName } from "@/lib/explorer/display";
import type { ClientMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/plural";
import { href } from "@/lib/routes";
import { ROLES, type Role } from "@/lib/content/vocabulary";
import { useExplorerIndex } from "../explorer/useExplorerIndex";
import { useQueryString } from "../explorer/useExplorerUrl";

/** Where a country sits on the shared world map: a shape (by its id) or a dot at [cx, cy]. */
export type Placement = [code: string, cx?: number, cy?: number];

/**
 * A small map of the members two or more processes share, drawn from the shared geometry file
 * (`<use>` references, no map code): shapes by id, small states as dots.
 */
function SharedMap({ codes, placements, viewBox, geometryHref, title, name }: { codes: string[]; placements: Map<string, Placement>; viewBox: string; geometryHref: string; title: string; name: (c: string) => string }) {
  return (
    <svg viewBox={viewBox} role="img" aria-label={title} className="w-full max-w-3xl">
      <title>{title}</title>
      <use href={`${geometryHref}#land`} fill="#e4e4e4" />
      {codes.map((code) => {
        const place = placements.get(code);
        if (!place) return null;
        const [, cx, cy] = place;
        return cx === undefined ? (
          <use key={code} href={`${geometryHref}#c-${code}`} fill="#005a9c" stroke="#fff" strokeWidth="0.3" data-iso3={code} data-role="member">
            <title>{name(code)}</title>
          </use>
        ) : (
          <circle key={code} cx={cx} cy={cy} r="3.6" fill="#005a9c" stroke="#fff" strokeWidth="0.6" data-iso3={code} data-role="member">
            <title>{name(code)}</title>
          </circle>
        );
      })}
    </svg>
  );
}

/** Side by side, from the address: `?p=a,b` compares processes' members by role; `?c=x,y` the forums countries share. */
export function Compare({
  locale,
  version,
  messages,
  roles,
  placements: placementList,
  viewBox,
  geometryHref,
}: {
  locale: Locale;
  version: string;
  messages: ClientMessages["compare"];
  roles: Record<Role, string>;
  placements: Placement[];
  viewBox: string;
  geometryHref: string;
}) {
  const placements = useMemo(() => new Map(placementList.map((p) => [p[0], p])), [placementList]);
  const [search] = useQueryString();
  const query = useMemo(() => parseCompareQuery(search), [search]);
  const { index } = useExplorerIndex(version);
  const column = ({ en: 1, fr: 2, es: 3 } as const)[locale];
  const names = useMemo(() => new Map(index?.countries.map((c) => [c[0], c[column]]) ?? []), [index, column]);
  if (!query.processes.length && !query.countries.length) return null;
  if (!index) return <p className="muted">{messages.loading}</p>;
  const name = (code: string) => names.get(code) ?? code;
  const countryLink = (code: string) => (
    <a key={code} href={href({ page: "country", code }, locale)}>
      {name(code)}
    </a>
  );
  const list = (codes: string[]) =>
    codes.length ? <p className="text-sm leading-relaxed">{codes.map((c, i) => [i ? ", " : "", countryLink(c)])}</p> : <p className="muted">{messages.none}</p>;

  if (query.processes.length) {
    const rows = query.processes.map((slug) => index.rows.find((r) => r.slug === slug)).filter((r): r is NonNullable<typeof r> => Boolean(r));
    if (rows.length < 2) return <p className="notice">{messages.pickTwo}</p>;
    const comparison = compareProcesses(rows, ROLES).filter((c) => c.shared.length || c.only.some((o) => o.length));
    return (
      <div className="space-y-8" aria-live="polite">
        <h2>{rows.map((r) => rowName(r, locale).text).join(" · ")}</h2>
        {comparison[0]?.role === "member" && comparison[0].shared.length > 0 && (
          <SharedMap codes={comparison[0].shared} placements={placements} viewBox={viewBox} geometryHref={geometryHref} title={messages.mapTitle} name={name} />
        )}
        {comparison.map((c) => (
          <section key={c.role} aria-labelledby={`cmp-${c.role}`}>
            <h3 id={`cmp-${c.role}`} className="mb-2">
              {roles[c.role]}: {fill(messages.sharedCount, { n: c.shared.length })}
              <span className="block text-sm font-normal text-slate-600">{fill(messages.similarity, { pct: Math.round(c.similarity * 100) })}</span>
            </h3>
            <h4 className="text-sm font-semibold">
              {messages.shared} ({c.shared.length})
            </h4>
            {list(c.shared)}
            {rows.map((r, i) => (
              <div key={r.slug} className="mt-2">
                <h4 className="text-sm font-semibold">
                  {fill(messages.only, { name: rowName(r, locale).text })} ({c.only[i].length})
                </h4>
                {list(c.only[i])}
              </div>
            ))}
          </section>
        ))}
      </div>
    );
  }
  const countries = query.countries.filter((c) => names.has(c));
  if (countries.length < 2) return <p className="notice">{messages.pickTwo}</p>;
  const shared = compareCountries(index.rows, countries);
  return (
    <div aria-live="polite">
      <h2 className="mb-2">{countries.map(name).join(" · ")}</h2>
      <p className="mb-3 font-medium">{fill(messages.sharedForumsCount, { n: shared.length })}</p>
      <table className="data-table stack-sm">
        <caption className="sr-only">{messages.sharedForums}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.sharedForums}</th>
            {countries.map((c) => (
              <th key={c} scope="col">
                {name(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shared.map(({ row, roles: rs }) => (
            <tr key={row.slug}>
              <th scope="row" className="font-normal">
                <a href={href({ page: "process", slug: row.slug }, locale)}>{rowName(row, locale).text}</a>
              </th>
              {rs.map((r, i) => (
                <td key={countries[i]} data-label={name(countries[i])}>
                  {roles[r]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
