/**
 * Where sources disagree, and how membership changed between dated snapshots.
 */
import { normalizeName } from "./text";
import type { Claim, MembershipSnapshot, Process, Role } from "./content/types";
import { ROLES } from "./content/schema";

export interface DifferingField {
  field: Claim["field"];
  claims: Claim[];
}

/**
 * Fields whose claims, across sources, carry more than one value. Nothing is averaged or dropped.
 * A name claim that is one of the record's own names (in any language, or a former name, with or
 * without its acronym in brackets) agrees with the record.
 */
export function differingClaims(process: Process): DifferingField[] {
  const ownNames = new Set(
    [process.name.en, process.name.fr, process.name.es, ...process.formerNames.map((f) => f.name)]
      .filter((n): n is string => Boolean(n))
      .map(normalizeName),
  );
  const valueKey = (claim: Claim) => {
    const value = normalizeName(String(claim.value));
    const bare = normalizeName(String(claim.value).replace(/\s*\([^)]*\)\s*$/, ""));
    return claim.field === "name" && (ownNames.has(value) || ownNames.has(bare)) ? "(a name of this record)" : value;
  };
  const byField = new Map<Claim["field"], Claim[]>();
  for (const claim of process.claims) byField.set(claim.field, [...(byField.get(claim.field) ?? []), claim]);
  return [...byField]
    .filter(([, claims]) => new Set(claims.map(valueKey)).size > 1)
    .map(([field, claims]) => ({ field, claims: [...claims].sort((a, b) => b.asOf.localeCompare(a.asOf)) }));
}

export interface SnapshotChange {
  from: MembershipSnapshot;
  to: MembershipSnapshot;
  /** Per role: codes present in `to` but not `from`, and the reverse. */
  joined: Partial<Record<Role, string[]>>;
  left: Partial<Record<Role, string[]>>;
}

/** Every snapshot, oldest first, ending with the current lists. */
export function timeline(process: Process): MembershipSnapshot[] {
  return [...process.snapshots, process.current];
}

export function snapshotChanges(process: Process): SnapshotChange[] {
  const snapshots = timeline(process);
  const changes: SnapshotChange[] = [];
  for (let i = 1; i < snapshots.length; i++) {
    const [from, to] = [snapshots[i - 1], snapshots[i]];
    const joined: SnapshotChange["joined"] = {};
    const left: SnapshotChange["left"] = {};
    for (const role of ROLES) {
      const before = countriesIn(from, role);
      const after = countriesIn(to, role);
      const j = [...after].filter((c) => !before.has(c)).sort();
      const l = [...before].filter((c) => !after.has(c)).sort();
      if (j.length) joined[role] = j;
      if (l.length) left[role] = l;
    }
    changes.push({ from, to, joined, left });
  }
  return changes;
}

function countriesIn(snapshot: MembershipSnapshot, role: Role): Set<string> {
  return new Set(snapshot.memberships.filter((m) => m.role === role).map((m) => m.country));
}
