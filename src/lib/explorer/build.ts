/** The explorer island's props, computed at build time from the loaded content. */
import { processesJson } from "../openData";
import type { SiteData } from "../siteData";
import { siteConfig } from "@/site.config";
import { toExplorerEntry, type CountryOption, type ExplorerEntry } from "./entries";

export interface ExplorerProps {
  entries: ExplorerEntry[];
  countries: CountryOption[];
  regions: { id: string; name: string }[];
  themes: { id: string; name: string }[];
}

export function explorerData(data: SiteData): ExplorerProps {
  const json = processesJson(data.content, siteConfig.basePath);
  const entries = data.processes.map((p, i) => toExplorerEntry(p, json[i]));
  const countries = data.registries.countries.countries.map((c) => ({ code: c.code, name: c.name, variants: c.variants }));
  return {
    entries,
    countries,
    regions: data.registries.regions.map((r) => ({ id: r.id, name: r.name })),
    themes: data.registries.themes.map((t) => ({ id: t.id, name: t.name })).sort((a, b) => a.name.localeCompare(b.name, "en")),
  };
}
