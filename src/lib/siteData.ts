/**
 * Content plus the indexes pages need, computed once per build process.
 */
import { loadContent } from "./content/load";
import type { Content, Process } from "./content/types";
import {
  forumsByCountry,
  forumsByOrganization,
  processesByRegion,
  processesBySource,
  processesByTheme,
} from "./indexes";

export type SiteData = Awaited<ReturnType<typeof buildSiteData>>;

async function buildSiteData(content: Content) {
  const { processes, registries } = content;
  const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((item) => [item.id, item]));
  return {
    content,
    processes,
    registries,
    bySlug: new Map<string, Process>(processes.map((p) => [p.slug, p])),
    forumsByCountry: forumsByCountry(processes),
    forumsByOrganization: forumsByOrganization(processes),
    byRegion: processesByRegion(processes),
    byTheme: processesByTheme(processes),
    bySource: processesBySource(processes),
    themeById: byId(registries.themes),
    regionById: byId(registries.regions),
    organizationById: byId(registries.organizations),
    sourceById: byId(registries.sources),
    groupById: byId(registries.groups),
    countryName: (code: string) => registries.countries.byCode.get(code)?.name ?? code,
  };
}

let cached: Promise<SiteData> | undefined;

export function getSiteData(): Promise<SiteData> {
  cached ??= loadContent().then(buildSiteData);
  return cached;
}

export async function getProcess(slug: string): Promise<Process> {
  const process = (await getSiteData()).bySlug.get(slug);
  if (!process) throw new Error(`No process "${slug}"`);
  return process;
}
