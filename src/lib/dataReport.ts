/**
 * The data report: per record, the sources used and every place where the record departs from a
 * figure a source states — a stated total that differs from the names listed, or a source's year,
 * classification or status that differs from the headline value — with the reason.
 */
import type { Claim, Content, Process, StatedCount } from "./content/types";

export interface Departure {
  kind: "stated-total" | "claim";
  field: string;
  source: string;
  asOf: string;
  stated: string | number;
  recorded: string | number;
  reason: string;
}

export interface RecordReport {
  slug: string;
  name: string;
  sources: { id: string; asOf: string }[];
  departures: Departure[];
}

const NO_REASON = "No reason recorded.";

export function statedTotalDepartures(process: Process): Departure[] {
  return process.statedCounts.flatMap((stated: StatedCount) => {
    const snapshot = [process.current, ...process.snapshots].find((s) => s.source === stated.source && s.asOf === stated.asOf);
    if (!snapshot) return [];
    const named = snapshot.memberships.filter((m) => m.role === stated.role).length;
    if (named === stated.count) return [];
    return [
      {
        kind: "stated-total" as const,
        field: `${stated.role} count`,
        source: stated.source,
        asOf: stated.asOf,
        stated: stated.count,
        recorded: named,
        reason: stated.note ?? (process.openMembership ? process.openMembership.description : NO_REASON),
      },
    ];
  });
}

/** Figures and classifications a record has one headline value for. Names and secretariats are
 * wordings rather than figures: their differences show on the profile as "sources differ". */
const HEADLINE_FIELDS = {
  foundedYear: (p: Process) => p.foundedYear ?? undefined,
  endedYear: (p: Process) => p.endedYear,
  kind: (p: Process) => p.kind,
  status: (p: Process) => p.status,
} as const satisfies Partial<Record<Claim["field"], (p: Process) => string | number | undefined>>;

export function claimDepartures(process: Process): Departure[] {
  return process.claims.flatMap((claim) => {
    if (!(claim.field in HEADLINE_FIELDS)) return [];
    const value = HEADLINE_FIELDS[claim.field as keyof typeof HEADLINE_FIELDS](process) ?? "none";
    if (String(value) === String(claim.value)) return [];
    return [
      {
        kind: "claim" as const,
        field: claim.field,
        source: claim.source,
        asOf: claim.asOf,
        stated: claim.value,
        recorded: value,
        reason: claim.note ?? `The headline value follows ${process.current.source}, the newest source for this record; this source's claim is shown beside it.`,
      },
    ];
  });
}

export function dataReport(content: Content): RecordReport[] {
  return content.processes.map((p) => ({
    slug: p.slug,
    name: p.name.en,
    sources: p.sources,
    departures: [...statedTotalDepartures(p), ...claimDepartures(p)],
  }));
}

export function formatDataReport(report: readonly RecordReport[]): string {
  const lines: string[] = [];
  let total = 0;
  for (const record of report) {
    lines.push(`${record.name} (${record.slug})`);
    lines.push(`  sources: ${record.sources.map((s) => `${s.id} (${s.asOf})`).join(", ")}`);
    if (!record.departures.length) lines.push("  no departures from a stated figure");
    for (const d of record.departures) {
      total++;
      lines.push(`  - ${d.field}: ${d.source} (${d.asOf}) states ${d.stated}; the record has ${d.recorded}. ${d.reason}`);
    }
    lines.push("");
  }
  lines.push(`${report.length} records, ${total} departures from a stated figure.`);
  return lines.join("\n");
}
