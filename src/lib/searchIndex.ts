/** Build time: the site search's index (see ./search.ts for the format). */
import { organizationLabel, themeName } from "./format";
import type { SearchEntry, SearchIndexJson } from "./search";
import type { SiteData } from "./siteData";

export function buildSearchIndex(data: SiteData): SearchIndexJson {
  const countryForums = (code: string) => (data.forumsByCountry.get(code) ?? []).filter((f) => f.current).length;
  const country: SearchEntry[] = data.registries.countries.countries.map((c) => [c.code, c.names.en, c.names.fr, c.names.es, countryForums(c.code), ...c.variants]);
  const process: SearchEntry[] = data.processes.map((p) => [
    p.slug,
    p.name.en,
    p.name.fr ?? p.name.en,
    p.name.es ?? p.name.en,
    0,
    ...[p.acronym, ...p.formerNames.map((f) => f.name)].filter((n): n is string => Boolean(n)),
  ]);
  const theme: SearchEntry[] = data.registries.themes.map((t) => [
    t.id,
    themeName(t, t.id, "en"),
    themeName(t, t.id, "fr"),
    themeName(t, t.id, "es"),
    data.byTheme.get(t.id)?.length ?? 0,
  ]);
  const organization: SearchEntry[] = data.registries.organizations
    .filter((o) => data.forumsByOrganization.has(o.id))
    .map((o) => {
      const label = organizationLabel(o, o.id);
      return [o.id, label, label, label, data.forumsByOrganization.get(o.id)!.length, ...[o.acronym, o.name, ...o.variants].filter((n): n is string => Boolean(n))];
    });
  return { version: data.version, country, process, theme, organization };
}
