/**
 * Overlap between forums: which member states two processes share (current lists, named members
 * only — a group a source leaves unnamed credits no country), and which forums countries share.
 */
import type { Process } from "./content/types";
import type { Role } from "./content/vocabulary";

export function participantsOf(process: Process, roles: readonly Role[] = ["member"]): Set<string> {
  return new Set(process.current.memberships.filter((m) => roles.includes(m.role)).map((m) => m.country));
}

export interface Overlap {
  shared: string[];
  /** Members only in each process, in the order given. */
  only: string[][];
  /** Shared over combined (Jaccard), 0 when both are empty. */
  similarity: number;
}

export function overlap(processes: readonly Process[], roles: readonly Role[] = ["member"]): Overlap {
  const sets = processes.map((p) => participantsOf(p, roles));
  const union = new Set(sets.flatMap((s) => [...s]));
  const shared = [...union].filter((c) => sets.every((s) => s.has(c))).sort();
  const only = sets.map((s, i) => [...s].filter((c) => sets.every((other, j) => j === i || !other.has(c))).sort());
  return { shared, only, similarity: union.size ? shared.length / union.size : 0 };
}

/** The processes sharing most members with one, best first (ties by slug); none that share nothing. */
export function mostShared(process: Process, others: readonly Process[], limit = 3): { process: Process; shared: number }[] {
  const mine = participantsOf(process);
  return others
    .filter((o) => o.slug !== process.slug)
    .map((o) => ({ process: o, shared: [...participantsOf(o)].filter((c) => mine.has(c)).length }))
    .filter((o) => o.shared > 0)
    .sort((a, b) => b.shared - a.shared || a.process.slug.localeCompare(b.process.slug))
    .slice(0, limit);
}

/** The forums in which every one of the countries takes part (any role), and in which each does. */
export function sharedForums(processes: readonly Process[], countries: readonly string[]): Process[] {
  return processes.filter((p) => countries.every((c) => p.current.memberships.some((m) => m.country === c)));
}
