/**
 * The data report: per record, its status with the source and date it rests on, the sources used,
 * and every place where the record departs from a figure a source states — a stated total that
 * differs from the names listed, or a source's year, classification or status that differs from
 * the headline value — with the reason.
 */
import { claimMatrix } from "./claims";
import type { Process } from "./content/types";
import { statedTotals } from "./membership";

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
  process: Process;
  departures: Departure[];
}

export const NO_REASON = "No reason recorded.";
const HEADLINE = new Set(["foundedYear", "endedYear", "kind", "status"]);

export function statedTotalDepartures(process: Process): Departure[] {
  return process.lists.flatMap((list) =>
    statedTotals(process, list)
      .filter((s) => s.stated !== s.named)
      .map((s) => ({
        kind: "stated-total" as const,
        field: `${s.role} count`,
        source: list.source,
        asOf: list.asOf,
        stated: s.stated,
        recorded: s.named,
        reason: s.note ?? (process.openMembership ? process.openMembership.description : NO_REASON),
      })),
  );
}

export function claimDepartures(process: Process): Departure[] {
  return claimMatrix(process)
    .filter((row) => HEADLINE.has(row.field))
    .flatMap((row) =>
      [...row.cells.values()]
        .filter((c) => c.differs)
        .map(({ claim }) => ({
          kind: "claim" as const,
          field: row.field,
          source: claim.source,
          asOf: claim.asOf,
          stated: claim.value,
          recorded: row.reference,
          reason: claim.note ?? `The headline value follows ${process.current.source}, the newest source for this record; this source's claim is shown beside it.`,
        })),
    );
}

export function dataReport(processes: readonly Process[]): RecordReport[] {
  return processes.map((process) => ({ process, departures: [...statedTotalDepartures(process), ...claimDepartures(process)] }));
}

export function formatDataReport(report: readonly RecordReport[]): string {
  const lines: string[] = [];
  let total = 0;
  for (const { process: p, departures } of report) {
    lines.push(`${p.name.en} (${p.slug})`);
    lines.push(`  status: ${p.status} as of ${p.statusAsOf}, source ${p.statusSource}; last reported ${p.lastReported}`);
    lines.push(`  sources: ${p.sources.map((s) => `${s.id} (${s.asOf})`).join(", ")}`);
    if (!departures.length) lines.push("  no departures from a stated figure");
    for (const d of departures) {
      total++;
      lines.push(`  - ${d.field}: ${d.source} (${d.asOf}) states ${d.stated}; the record has ${d.recorded}. ${d.reason}`);
    }
    lines.push("");
  }
  lines.push(`${report.length} records, ${total} departures from a stated figure.`);
  return lines.join("\n");
}
