/** One country's forums as a CSV (the country page's download): the page's table, with codes and labels. */
import { toCsv } from "../csv";
import { countryName } from "../format";
import { dictionary } from "../i18n";
import { absoluteUrl } from "../routes";
import type { SiteData } from "../siteData";

export function countryForumsCsvPath(code: string): string {
  return `/data/countries/${code.toLowerCase()}.csv`;
}

export const COUNTRY_FORUM_COLUMNS = [
  "country_iso3",
  "country_name",
  "process_slug",
  "process_name",
  "kind",
  "current_role",
  "via_group",
  "chair_role",
  "spells",
  "lists_as_of",
  "lists_source",
  "process_status",
  "status_as_of",
  "url",
] as const;

export function countryForumsCsv(data: SiteData, code: string): string {
  const en = dictionary("en");
  const name = countryName(data.countryByCode.get(code), code, "en");
  const chairs = data.chairsByCountry.get(code) ?? [];
  const rows = (data.forumsByCountry.get(code) ?? []).map((f) => [
    code,
    name,
    f.process.slug,
    f.process.name.en,
    f.process.kind,
    f.current?.role,
    f.current?.viaGroup,
    chairs.filter((c) => c.process.slug === f.process.slug).map((c) => en.chairRoles[c.entry.role]).join("; "),
    f.spells.map((s) => `${s.role} ${s.first.asOf}${s.last !== s.first ? `–${s.last.asOf}` : ""}`).join("; "),
    f.process.current.asOf,
    f.process.current.source,
    f.process.status,
    f.process.statusAsOf,
    absoluteUrl({ page: "process", slug: f.process.slug }),
  ]);
  return toCsv(COUNTRY_FORUM_COLUMNS, rows);
}
