/**
 * The explorer's state lives in the query string (CONTRACTS.md): parse it, validate every value,
 * and write it back in one canonical order. Unknown values are kept aside to be shown, not applied.
 */
import { KINDS, STATUSES } from "../content/vocabulary";
import type { Kind, Status } from "../content/types";

export const SORT_KEYS = ["name", "-name", "founded", "-founded", "members", "-members"] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface ExplorerFilters {
  region: string[];
  country: string[];
  theme: string[];
  kind: Kind[];
  status: Status[];
  role: "member" | "any";
  from?: number;
  to?: number;
  q: string;
  sort: SortKey;
}

export interface Vocabulary {
  regions: readonly string[];
  themes: readonly string[];
  /** Upper-case alpha-3 codes. */
  countries: readonly string[];
}

export interface IgnoredValue {
  param: string;
  value: string;
}

export const EMPTY_FILTERS: ExplorerFilters = { region: [], country: [], theme: [], kind: [], status: [], role: "member", q: "", sort: "name" };

const LIST_PARAMS = ["region", "country", "theme", "kind", "status"] as const;
type ListParam = (typeof LIST_PARAMS)[number];

export function parseQuery(params: URLSearchParams, vocabulary: Vocabulary): { filters: ExplorerFilters; ignored: IgnoredValue[] } {
  const ignored: IgnoredValue[] = [];
  const allowed: Record<ListParam, ReadonlySet<string>> = {
    region: new Set(vocabulary.regions),
    country: new Set(vocabulary.countries.map((c) => c.toLowerCase())),
    theme: new Set(vocabulary.themes),
    kind: new Set(KINDS),
    status: new Set(STATUSES),
  };
  const list = (param: ListParam): string[] => {
    const values = params
      .getAll(param)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean);
    const kept: string[] = [];
    for (const value of values) {
      if (!allowed[param].has(value)) ignored.push({ param, value });
      else if (!kept.includes(value)) kept.push(value);
    }
    return kept;
  };
  const year = (param: "from" | "to"): number | undefined => {
    const raw = params.get(param)?.trim();
    if (!raw) return undefined;
    if (/^\d{4}$/.test(raw)) return Number(raw);
    ignored.push({ param, value: raw });
    return undefined;
  };
  const region = list("region");
  const country = list("country").map((c) => c.toUpperCase());
  const theme = list("theme");
  const kind = list("kind") as Kind[];
  const status = list("status") as Status[];
  const from = year("from");
  const to = year("to");
  const role = params.get("role")?.trim().toLowerCase();
  if (role && role !== "member" && role !== "any") ignored.push({ param: "role", value: role });
  const sort = params.get("sort")?.trim().toLowerCase();
  const knownSort = (SORT_KEYS as readonly string[]).includes(sort ?? "");
  if (sort && !knownSort) ignored.push({ param: "sort", value: sort });

  const filters: ExplorerFilters = {
    region,
    country,
    theme,
    kind,
    status,
    role: role === "any" ? "any" : "member",
    from,
    to,
    q: params.get("q")?.trim() ?? "",
    sort: knownSort ? (sort as SortKey) : "name",
  };
  return { filters, ignored };
}

/** The canonical query string of a state: defaults left out, lists comma-joined. */
export function toQueryString(filters: ExplorerFilters): string {
  const params = new URLSearchParams();
  for (const param of LIST_PARAMS) {
    const values = param === "country" ? filters.country.map((c) => c.toLowerCase()) : filters[param];
    if (values.length) params.set(param, values.join(","));
  }
  if (filters.role === "any") params.set("role", "any");
  if (filters.from !== undefined) params.set("from", String(filters.from));
  if (filters.to !== undefined) params.set("to", String(filters.to));
  if (filters.q) params.set("q", filters.q);
  if (filters.sort !== "name") params.set("sort", filters.sort);
  return params.toString().replace(/%2C/g, ",");
}

export function hasFilters(filters: ExplorerFilters): boolean {
  return toQueryString({ ...filters, sort: "name" }) !== "";
}
