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

/** Country → the processes listing it as a member, built once per list of processes. */
const membersIndex = new WeakMap<readonly Process[], Map<string, Process[]>>();

function processesByMember(processes: readonly Process[]): Map<string, Process[]> {
  let index = membersIndex.get(processes);
  if (!index) {
    index = new Map();
    for (const p of processes) {
      for (const country of participantsOf(p)) {
        const list = index.get(country);
        if (list) list.push(p);
        else index.set(country, [p]);
      }
    }
    membersIndex.set(processes, index);
  }
  return index;
}

/**
 * The processes sharing most members with one, best first (ties by slug); none that share nothing.
 * Counted through an index of members (built once per list), so each profile costs its own
 * members' forums, not a pass over every other record.
 */
export function mostShared(process: Process, others: readonly Process[], limit = 3): { process: Process; shared: number }[] {
  const index = processesByMember(others);
  const counts = new Map<Process, number>();
  for (const country of participantsOf(process)) {
    for (const other of index.get(country) ?? []) if (other.slug !== process.slug) counts.set(other, (counts.get(other) ?? 0) + 1);
  }
  return [...counts]
    .map(([other, shared]) => ({ process: other, shared }))
    .sort((a, b) => b.shared - a.shared || a.process.slug.localeCompare(b.process.slug))
    .slice(0, limit);
}

/** The forums in which every one of the countries takes part (any role), and in which each does. */
export function sharedForums(processes: readonly Process[], countries: readonly string[]): Process[] {
  return processes.filter((p) => countries.every((c) => p.current.memberships.some((m) => m.country === c)));
}
