/**
 * Filtering, facet counts and sorting over the explorer index. Values within one parameter are
 * alternatives (OR); different parameters must all hold (AND).
 */
import { normalizeName } from "../text";
import type { ExplorerEntry } from "./entries";
import type { ExplorerFilters } from "./query";

type Facet = "region" | "theme" | "kind" | "status";

function matchesText(entry: ExplorerEntry, q: string): boolean {
  const words = normalizeName(q).split(" ").filter(Boolean);
  return words.every((word) => entry.searchText.includes(word));
}

function matches(entry: ExplorerEntry, filters: ExplorerFilters, skip?: Facet): boolean {
  const anyOf = (selected: readonly string[], values: readonly string[]) =>
    selected.length === 0 || selected.some((s) => values.includes(s));
  if (skip !== "region" && !anyOf(filters.region, entry.regions)) return false;
  if (skip !== "theme" && !anyOf(filters.theme, entry.themes)) return false;
  if (skip !== "kind" && !anyOf(filters.kind, [entry.kind])) return false;
  if (skip !== "status" && !anyOf(filters.status, [entry.status])) return false;
  if (filters.country.length) {
    const found = filters.country.some((code) => {
      const role = entry.roles[code];
      return role !== undefined && (filters.role === "any" || role === "member");
    });
    if (!found) return false;
  }
  const year = entry.foundedYear;
  if (filters.from !== undefined && (year === null || year < filters.from)) return false;
  if (filters.to !== undefined && (year === null || year > filters.to)) return false;
  if (filters.q && !matchesText(entry, filters.q)) return false;
  return true;
}

export function filterEntries(entries: readonly ExplorerEntry[], filters: ExplorerFilters): ExplorerEntry[] {
  return sortEntries(
    entries.filter((e) => matches(e, filters)),
    filters.sort,
  );
}

/** For each option of a facet: how many results the view would have with that option chosen in it. */
export function facetCounts(entries: readonly ExplorerEntry[], filters: ExplorerFilters, facet: Facet): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (!matches(entry, filters, facet)) continue;
    const values = facet === "region" ? entry.regions : facet === "theme" ? entry.themes : [entry[facet]];
    for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

export function sortEntries(entries: ExplorerEntry[], sort: ExplorerFilters["sort"]): ExplorerEntry[] {
  const descending = sort.startsWith("-");
  const key = sort.replace(/^-/, "");
  const byName = (a: ExplorerEntry, b: ExplorerEntry) => a.scalars.name.localeCompare(b.scalars.name, "en");
  const compare = (a: ExplorerEntry, b: ExplorerEntry): number => {
    // An unknown founding year sorts after every known one, whichever the direction.
    if (key === "founded") return (a.foundedYear ?? (descending ? -Infinity : Infinity)) - (b.foundedYear ?? (descending ? -Infinity : Infinity));
    if (key === "members") return a.memberCount - b.memberCount;
    return byName(a, b);
  };
  return [...entries].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || byName(a, b));
}
