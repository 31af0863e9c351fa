/** When a view is empty: each single filter whose removal would bring results back, with how many. */
import type { ExplorerEntry } from "./entries";
import { filterEntries } from "./filter";
import type { ExplorerFilters } from "./query";

export interface Removal {
  label: string;
  filters: ExplorerFilters;
  count: number;
}

export function suggestRemovals(
  entries: readonly ExplorerEntry[],
  filters: ExplorerFilters,
  countryName: (code: string) => string,
): Removal[] {
  const candidates: Omit<Removal, "count">[] = [];
  for (const param of ["region", "theme", "kind", "status"] as const) {
    for (const value of filters[param]) {
      candidates.push({ label: `${param} “${value}”`, filters: { ...filters, [param]: filters[param].filter((v) => v !== value) } });
    }
  }
  for (const code of filters.country) {
    candidates.push({ label: `country “${countryName(code)}”`, filters: { ...filters, country: filters.country.filter((c) => c !== code) } });
  }
  if (filters.from !== undefined) candidates.push({ label: `founded from ${filters.from}`, filters: { ...filters, from: undefined } });
  if (filters.to !== undefined) candidates.push({ label: `founded to ${filters.to}`, filters: { ...filters, to: undefined } });
  if (filters.q) candidates.push({ label: `search “${filters.q}”`, filters: { ...filters, q: "" } });
  return candidates
    .map((c) => ({ ...c, count: filterEntries(entries, c.filters).length }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
}
