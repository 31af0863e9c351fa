/**
 * Filtering, facet counts and sorting over the explorer's rows. Values within one parameter are
 * alternatives (OR); different parameters must all hold (AND); several countries with `match=all`
 * must all take part. The query is folded once per pass, and facet counts come from one pass.
 */
import { foldWords, matchesAllWords } from "../names";
import { SECRETARIAT_TYPES } from "../content/vocabulary";
import type { ExplorerRow } from "./rows";
import type { ExplorerState, SortKey } from "./query";

export const FACETS = ["region", "theme", "kind", "status", "secretariat", "chair"] as const;
export type Facet = (typeof FACETS)[number];
type Group = Facet | "country" | "year" | "q";

const SECRETARIAT_TYPE_SET = new Set<string>(SECRETARIAT_TYPES);

/** The values of a row for one facet. */
export function facetValues(row: ExplorerRow, facet: Facet): readonly string[] {
  switch (facet) {
    case "region":
      return row.regions;
    case "theme":
      return row.themes;
    case "kind":
      return [row.kind];
    case "status":
      return [row.status];
    case "secretariat":
      return [row.secretariat.type, ...row.secretariat.organizations];
    case "chair":
      return row.chairs;
  }
}

interface Prepared {
  state: ExplorerState;
  words: string[];
}

function prepare(state: ExplorerState): Prepared {
  return { state, words: foldWords(state.q) };
}

function passes(row: ExplorerRow, group: Group, { state, words }: Prepared): boolean {
  switch (group) {
    case "country": {
      if (!state.country.length) return true;
      const takesPart = (code: string) => {
        const role = row.roles.get(code);
        return role !== undefined && (state.role === "any" || role === "member");
      };
      return state.match === "all" ? state.country.every(takesPart) : state.country.some(takesPart);
    }
    case "year":
      if (state.from === undefined && state.to === undefined) return true;
      if (row.founded === null) return false;
      return (state.from === undefined || row.founded >= state.from) && (state.to === undefined || row.founded <= state.to);
    case "q":
      return !words.length || matchesAllWords(row.search, words);
    case "secretariat": {
      if (!state.secretariat.length) return true;
      return state.secretariat.some((v) => (SECRETARIAT_TYPE_SET.has(v) ? row.secretariat.type === v : row.secretariat.organizations.includes(v)));
    }
    default: {
      const selected = state[group] as readonly string[];
      if (!selected.length) return true;
      const values = facetValues(row, group);
      return selected.some((v) => values.includes(v));
    }
  }
}

const GROUPS: readonly Group[] = [...FACETS, "country", "year", "q"];

/** The group a row fails, "none", or "several": what facet counting needs to know. */
function failing(row: ExplorerRow, prepared: Prepared): Group | "none" | "several" {
  let failed: Group | undefined;
  for (const group of GROUPS) {
    if (passes(row, group, prepared)) continue;
    if (failed) return "several";
    failed = group;
  }
  return failed ?? "none";
}

export function filterRows(rows: readonly ExplorerRow[], state: ExplorerState): ExplorerRow[] {
  const prepared = prepare(state);
  return rows.filter((row) => GROUPS.every((g) => passes(row, g, prepared)));
}

export type FacetCounts = Record<Facet, Map<string, number>>;

/**
 * For each option of each facet: how many results the view would have with that option chosen in
 * it (the facet's own selection set aside). One pass over the rows.
 */
export function facetCounts(rows: readonly ExplorerRow[], state: ExplorerState): FacetCounts {
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as FacetCounts;
  const prepared = prepare(state);
  const bump = (facet: Facet, row: ExplorerRow) => {
    for (const value of new Set(facetValues(row, facet))) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
  };
  for (const row of rows) {
    const failed = failing(row, prepared);
    if (failed === "none") FACETS.forEach((f) => bump(f, row));
    else if (failed !== "several" && (FACETS as readonly string[]).includes(failed)) bump(failed as Facet, row);
  }
  return counts;
}

export function sortRows(rows: readonly ExplorerRow[], sort: SortKey, nameOf: (row: ExplorerRow) => string, collator: Intl.Collator): ExplorerRow[] {
  const descending = sort.startsWith("-");
  const key = sort.replace(/^-/, "");
  const byName = (a: ExplorerRow, b: ExplorerRow) => collator.compare(nameOf(a), nameOf(b));
  const members = (r: ExplorerRow) => r.counts.member + r.counts.unnamed;
  const compare = (a: ExplorerRow, b: ExplorerRow): number => {
    if (key === "founded") {
      // An unknown founding year sorts after every known one, whichever the direction.
      if (a.founded === null || b.founded === null) return a.founded === b.founded ? 0 : a.founded === null ? (descending ? -1 : 1) : descending ? 1 : -1;
      return a.founded - b.founded;
    }
    if (key === "members") return members(a) - members(b);
    if (key === "reported") return a.lastReported.localeCompare(b.lastReported);
    return byName(a, b);
  };
  return [...rows].sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || byName(a, b));
}

export interface Removal {
  param: keyof ExplorerState;
  value?: string;
  state: ExplorerState;
  count: number;
}

/** When a view is empty: each single filter whose removal would bring results back, with how many. */
export function suggestRemovals(rows: readonly ExplorerRow[], state: ExplorerState): Removal[] {
  const candidates: Omit<Removal, "count">[] = [];
  for (const param of ["region", "theme", "kind", "status", "secretariat", "chair", "country"] as const) {
    for (const value of state[param] as string[]) {
      candidates.push({ param, value, state: { ...state, [param]: (state[param] as string[]).filter((v) => v !== value) } });
    }
  }
  if (state.country.length > 1 && state.match === "all") candidates.push({ param: "match", state: { ...state, match: "any" } });
  if (state.role === "member" && state.country.length) candidates.push({ param: "role", state: { ...state, role: "any" } });
  if (state.from !== undefined) candidates.push({ param: "from", state: { ...state, from: undefined } });
  if (state.to !== undefined) candidates.push({ param: "to", state: { ...state, to: undefined } });
  if (state.q) candidates.push({ param: "q", state: { ...state, q: "" } });
  return candidates
    .map((c) => ({ ...c, count: filterRows(rows, c.state).length }))
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count);
}
