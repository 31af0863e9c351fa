/**
 * The explorer's state lives in the query string (CONTRACTS.md: Explorer query parameters): parse
 * it, validate every value, and write it back in one canonical order. Unknown values are kept aside
 * to be shown, not applied. One table of parameters drives both directions.
 */
import { KINDS, SECRETARIAT_TYPES, STATUSES, type Kind, type Status } from "../content/vocabulary";

export const SORT_KEYS = ["name", "-name", "founded", "-founded", "members", "-members", "reported", "-reported"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const VIEWS = ["list", "table"] as const;
export type View = (typeof VIEWS)[number];

export interface ExplorerState {
  region: string[];
  /** Upper-case alpha-3 codes. */
  country: string[];
  theme: string[];
  kind: Kind[];
  status: Status[];
  /** Secretariat types and/or organisation ids. */
  secretariat: string[];
  /** Upper-case alpha-3 codes of chairing countries. */
  chair: string[];
  role: "member" | "any";
  match: "any" | "all";
  from?: number;
  to?: number;
  q: string;
  sort: SortKey;
  view: View;
}

export const EMPTY_STATE: ExplorerState = {
  region: [],
  country: [],
  theme: [],
  kind: [],
  status: [],
  secretariat: [],
  chair: [],
  role: "member",
  match: "any",
  q: "",
  sort: "name",
  view: "list",
};

/** What the values of the list parameters may be (from the index, so the browser knows them). */
export interface Vocabulary {
  regions: readonly string[];
  themes: readonly string[];
  /** Upper-case alpha-3 codes. */
  countries: readonly string[];
  organizations: readonly string[];
}

export const LIST_PARAMS = ["region", "country", "theme", "kind", "status", "secretariat", "chair"] as const;
export type ListParam = (typeof LIST_PARAMS)[number];

export interface IgnoredValue {
  param: string;
  value: string;
}

export interface ParsedQuery {
  state: ExplorerState;
  ignored: IgnoredValue[];
  /** Set when `from` was after `to`: the range is read the other way round. */
  swappedYears?: { from: number; to: number };
}

const UPPER = new Set<ListParam>(["country", "chair"]);

function allowedValues(param: ListParam, vocabulary: Vocabulary): ReadonlySet<string> {
  switch (param) {
    case "region":
      return new Set(vocabulary.regions);
    case "theme":
      return new Set(vocabulary.themes);
    case "country":
    case "chair":
      return new Set(vocabulary.countries.map((c) => c.toLowerCase()));
    case "kind":
      return new Set(KINDS);
    case "status":
      return new Set(STATUSES);
    case "secretariat":
      return new Set<string>([...SECRETARIAT_TYPES, ...vocabulary.organizations]);
  }
}

export function parseQuery(search: string | URLSearchParams, vocabulary: Vocabulary): ParsedQuery {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const ignored: IgnoredValue[] = [];
  const state: ExplorerState = { ...EMPTY_STATE };

  for (const param of LIST_PARAMS) {
    const allowed = allowedValues(param, vocabulary);
    const kept: string[] = [];
    for (const raw of params.getAll(param).flatMap((v) => v.split(","))) {
      const value = raw.trim().toLowerCase();
      if (!value) continue;
      if (!allowed.has(value)) ignored.push({ param, value: raw.trim() });
      else if (!kept.includes(value)) kept.push(value);
    }
    (state[param] as string[]) = UPPER.has(param) ? kept.map((v) => v.toUpperCase()) : kept;
  }

  const choice = <T extends string>(param: string, options: readonly T[], fallback: T): T => {
    const raw = params.get(param)?.trim().toLowerCase();
    if (!raw) return fallback;
    if ((options as readonly string[]).includes(raw)) return raw as T;
    ignored.push({ param, value: raw });
    return fallback;
  };
  state.role = choice("role", ["member", "any"] as const, "member");
  state.match = choice("match", ["any", "all"] as const, "any");
  state.sort = choice("sort", SORT_KEYS, "name");
  state.view = choice("view", VIEWS, "list");

  const year = (param: "from" | "to"): number | undefined => {
    const raw = params.get(param)?.trim();
    if (!raw) return undefined;
    if (/^\d{4}$/.test(raw)) return Number(raw);
    ignored.push({ param, value: raw });
    return undefined;
  };
  state.from = year("from");
  state.to = year("to");
  let swappedYears: ParsedQuery["swappedYears"];
  if (state.from !== undefined && state.to !== undefined && state.from > state.to) {
    swappedYears = { from: state.from, to: state.to };
    [state.from, state.to] = [state.to, state.from];
  }
  state.q = params.get("q")?.trim() ?? "";

  for (const key of new Set(params.keys())) {
    if (!KNOWN_PARAMS.has(key)) ignored.push({ param: key, value: params.get(key) ?? "" });
  }
  return { state, ignored, swappedYears };
}

const KNOWN_PARAMS = new Set<string>([...LIST_PARAMS, "role", "match", "from", "to", "q", "sort", "view"]);

/** The canonical query string of a state: defaults left out, lists comma-joined, codes lower case. */
export function toQueryString(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const param of LIST_PARAMS) {
    const values = UPPER.has(param) ? state[param].map((c) => c.toLowerCase()) : state[param];
    if (values.length) params.set(param, values.join(","));
  }
  if (state.role !== "member") params.set("role", state.role);
  if (state.match !== "any") params.set("match", state.match);
  if (state.from !== undefined) params.set("from", String(state.from));
  if (state.to !== undefined) params.set("to", String(state.to));
  if (state.q) params.set("q", state.q);
  if (state.sort !== "name") params.set("sort", state.sort);
  if (state.view !== "list") params.set("view", state.view);
  return params.toString().replace(/%2C/g, ",");
}

/** Whether any filter narrows the view (sort and view do not). */
export function hasFilters(state: ExplorerState): boolean {
  return toQueryString({ ...state, sort: "name", view: "list" }) !== "";
}

