/** One-sentence summaries written from a record's data, in the page's language. */
import type { Process } from "./content/types";
import { regionName, statusText } from "./format";
import { namedCount, unnamedCount } from "./membership";
import { dictionary } from "./i18n";
import type { Locale } from "./i18n/locales";
import type { SiteData } from "./siteData";

/** Named member states, plus the counts of groups the sources leave unnamed. */
export function memberCounts(process: Process): { named: number; unnamed: number } {
  return { named: namedCount(process.current, "member"), unnamed: unnamedCount(process.current, "member") };
}

export function describeProcess(process: Process, data: Pick<SiteData, "regionById">, locale: Locale): string {
  const { named, unnamed } = memberCounts(process);
  return dictionary(locale).summary({
    kind: process.kind,
    regions: process.regions.map((id) => regionName(data.regionById.get(id), id, locale)),
    founded: process.foundedYear,
    members: named,
    unnamed,
    memberOrganizations: process.current.memberOrganizations.length,
    open: Boolean(process.openMembership),
    status: statusText(process, locale),
  });
}
