/**
 * Content plus the indexes and lookups pages need, computed once per build process. Pages and
 * components read this; nothing below it reads files.
 */
import { loadContent, type Content } from "./content/load";
import type { Process } from "./content/types";
import type { Country } from "./content/countryRegistry";
import { chairsByCountry, forumsByCountry, forumsByOrganization, groupBy } from "./indexes";

export type SiteData = ReturnType<typeof buildSiteData>;

export function buildSiteData(content: Content) {
  const { processes, registries } = content;
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    content,
    processes,
    registries,
    bySlug: new Map<string, Process>(processes.map((p) => [p.slug, p])),
    forumsByCountry: forumsByCountry(processes),
    chairsByCountry: chairsByCountry(processes),
    forumsByOrganization: forumsByOrganization(processes),
    byRegion: groupBy(processes, (p) => p.regions),
    byTheme: groupBy(processes, (p) => p.themes),
    byKind: groupBy(processes, (p) => [p.kind]),
    bySource: groupBy(processes, (p) => p.sources.map((s) => s.id)),
    openForums: processes.filter((p) => p.openMembership),
    themeById: byId(registries.themes),
    regionById: byId(registries.regions),
    organizationById: byId(registries.organizations),
    sourceById: byId(registries.sources),
    groupById: byId(registries.groups),
    countryByCode: registries.countries.byCode as ReadonlyMap<string, Country>,
    /** Dataset version: when content/ last changed in git, else the newest source's date. */
    version: content.version ?? registries.sources.map((s) => s.date).sort().at(-1) ?? "unknown",
  };
}

let cached: SiteData | undefined;

export function getSiteData(): SiteData {
  cached ??= buildSiteData(loadContent());
  return cached;
}

/** A record by slug, or an error naming it (a route only asks for slugs it generated). */
export function getProcess(slug: string): Process {
  const process = getSiteData().bySlug.get(slug);
  if (!process) throw new Error(`No process "${slug}"`);
  return process;
}

/** An entry of a lookup map, or an error naming what was missing. */
export function byIdOrThrow<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`No ${what} "${id}"`);
  return value;
}
