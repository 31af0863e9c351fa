/**
 * Where sources disagree. A record's claims become a matrix of fields × sources; two values agree
 * when they differ only in case, accents, word order or where the acronym stands ("MIDSA (…)" and
 * "… (MIDSA)"), and a name claim agrees with the record when it is one of the record's own names.
 */
import type { Claim, Process } from "./content/types";
import { foldWords } from "./names";

export interface ClaimRow {
  /** `field`, or `event:<label>` for an event claim. */
  key: string;
  field: Claim["field"];
  label?: string;
  /** The value the page shows as the record's (headline value, else the newest source's). */
  reference: string;
  cells: Map<string, { claim: Claim; differs: boolean }>;
  differs: boolean;
}

/** A comparison key: the multiset of folded words, so order and brackets do not matter. */
export function claimKey(value: string | number): string {
  return foldWords(String(value)).sort().join(" ");
}

function headline(process: Process, field: Claim["field"]): string | undefined {
  switch (field) {
    case "foundedYear":
      return process.foundedYear === null ? undefined : String(process.foundedYear);
    case "endedYear":
      return process.endedYear === undefined ? undefined : String(process.endedYear);
    case "kind":
      return process.kind;
    case "status":
      return process.status;
    default:
      return undefined;
  }
}

export function claimMatrix(process: Process): ClaimRow[] {
  const ownNames = new Set(
    [process.name.en, process.name.fr, process.name.es, ...process.formerNames.map((f) => f.name)]
      .filter((n): n is string => Boolean(n))
      .flatMap((n) => [claimKey(n), claimKey(`${n} ${process.acronym ?? ""}`)]),
  );
  const byKey = new Map<string, Claim[]>();
  for (const claim of process.claims) {
    const key = claim.field === "event" ? `event:${claim.label}` : claim.field;
    const list = byKey.get(key);
    if (list) list.push(claim);
    else byKey.set(key, [claim]);
  }
  const rows: ClaimRow[] = [];
  for (const [key, claims] of byKey) {
    const sorted = [...claims].sort((a, b) => b.asOf.localeCompare(a.asOf));
    const field = sorted[0].field;
    const reference = headline(process, field) ?? String(sorted[0].value);
    const agrees = (value: string | number) =>
      claimKey(value) === claimKey(reference) || (field === "name" && ownNames.has(claimKey(value)));
    const cells = new Map(sorted.map((claim) => [claim.source, { claim, differs: !agrees(claim.value) }]));
    rows.push({
      key,
      field,
      label: sorted[0].field === "event" ? sorted[0].label : undefined,
      reference,
      cells,
      differs: [...cells.values()].some((c) => c.differs),
    });
  }
  return rows;
}

/** For a headline field: how many of the sources giving it say something else, and what. */
export function contested(process: Process, field: "foundedYear" | "endedYear" | "kind" | "status"): { differing: Claim[]; total: number } | undefined {
  const row = claimMatrix(process).find((r) => r.key === field);
  if (!row || !row.differs) return undefined;
  const cells = [...row.cells.values()];
  return { differing: cells.filter((c) => c.differs).map((c) => c.claim), total: cells.length };
}
