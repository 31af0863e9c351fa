/**
 * The compare view's logic over the explorer's rows (browser and tests alike): shared and separate
 * members of 2–4 processes by role, and the forums 2–4 countries share.
 */
import type { Role } from "./content/vocabulary";
import type { ExplorerRow } from "./explorer/rows";

export const MAX_COMPARED = 4;

export interface CompareQuery {
  processes: string[];
  countries: string[];
}

export function parseCompareQuery(search: string): CompareQuery {
  const params = new URLSearchParams(search);
  const list = (key: string) =>
    [...new Set(params.getAll(key).flatMap((v) => v.split(",")).map((v) => v.trim().toLowerCase()).filter(Boolean))].slice(0, MAX_COMPARED);
  return { processes: list("p"), countries: list("c").map((c) => c.toUpperCase()) };
}

export interface ProcessComparison {
  role: Role;
  shared: string[];
  only: string[][];
  similarity: number;
}

/** For each role: the countries every process names in that role, and those only one names. */
export function compareProcesses(rows: readonly ExplorerRow[], roles: readonly Role[]): ProcessComparison[] {
  return roles.map((role) => {
    const sets = rows.map((r) => new Set([...r.roles].filter(([, x]) => x === role).map(([c]) => c)));
    const union = new Set(sets.flatMap((s) => [...s]));
    const shared = [...union].filter((c) => sets.every((s) => s.has(c))).sort();
    const only = sets.map((s, i) => [...s].filter((c) => sets.every((o, j) => j === i || !o.has(c))).sort());
    return { role, shared, only, similarity: union.size ? shared.length / union.size : 0 };
  });
}

/** The forums in which every one of the countries is named (any role), with each one's role. */
export function compareCountries(rows: readonly ExplorerRow[], countries: readonly string[]): { row: ExplorerRow; roles: Role[] }[] {
  return rows.filter((r) => countries.every((c) => r.roles.has(c))).map((row) => ({ row, roles: countries.map((c) => row.roles.get(c)!) }));
}
