/**
 * Every mechanism on one time axis: from its founding year (or, where no source gives one, its
 * first recorded meeting) to its end, or to its last report. A record with no recent information
 * fades after its last report instead of pretending to continue; successions are linked.
 */
import type { Process } from "./content/types";
import { yearOf } from "./content/dates";

export interface TimelineBar {
  process: Process;
  start: number;
  /** Whether `start` is a founding year (else the first recorded meeting or list). */
  founded: boolean;
  /** Last year the bar is solid: the end, or the last report. */
  end: number;
  /** "ended" (inactive or succeeded), "reported" (active at the newest source), "faded" (no information since). */
  until: "ended" | "reported" | "faded";
}

function firstEvidence(process: Process): number {
  const years = [
    ...process.claims.filter((c) => c.field === "event" && /first/i.test(c.label)).map((c) => Number(String(c.value).slice(0, 4))),
    ...process.meetings.map((m) => yearOf(m.date)),
    ...process.lists.map((l) => yearOf(l.asOf)),
  ].filter((y) => Number.isFinite(y));
  return Math.min(...years);
}

export function timelineBars(processes: readonly Process[]): TimelineBar[] {
  return processes
    .map((process) => {
      const start = process.foundedYear ?? firstEvidence(process);
      const ended = process.status === "inactive" || process.status === "succeeded";
      const end = ended && process.endedYear ? process.endedYear : yearOf(process.lastReported);
      const until: TimelineBar["until"] = ended ? "ended" : process.status === "active" ? "reported" : "faded";
      return { process, start, founded: process.foundedYear !== null, end: Math.max(end, start), until };
    })
    .sort((a, b) => a.start - b.start || a.process.name.en.localeCompare(b.process.name.en));
}

export function timelineSpan(bars: readonly TimelineBar[]): { from: number; to: number } {
  return { from: Math.min(...bars.map((b) => b.start)), to: Math.max(...bars.map((b) => b.end)) };
}

/** How many mechanisms of each kind were running each year (from the bars): the home page's small chart. */
export function activeByYear(bars: readonly TimelineBar[]): { year: number; rcp: number; irf: number; global: number }[] {
  const { from, to } = timelineSpan(bars);
  const years: { year: number; rcp: number; irf: number; global: number }[] = [];
  for (let year = from; year <= to; year++) {
    const row = { year, rcp: 0, irf: 0, global: 0 };
    for (const b of bars) if (b.start <= year && year <= b.end) row[b.process.kind]++;
    years.push(row);
  }
  return years;
}
