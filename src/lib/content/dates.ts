/**
 * Partial dates as the sources give them: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Comparison is at the
 * coarser of the two precisions, so "2013" is not after "2013-05".
 */
export type PartialDate = string;

/** True for a real calendar date (no 2013-02-31, no month 13). */
export function isRealDate(value: string): boolean {
  const [year, month, day] = value.split("-").map(Number);
  if (!Number.isInteger(year) || year < 1000) return false;
  if (month === undefined) return true;
  if (!(month >= 1 && month <= 12)) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** `a` is not later than `b`, compared at the precision both give. */
export function notAfter(a: PartialDate, b: PartialDate): boolean {
  const length = Math.min(a.length, b.length);
  return a.slice(0, length) <= b.slice(0, length);
}

/** Newest first; ties keep their order. */
export function byDateDescending<T extends { asOf: PartialDate }>(a: T, b: T): number {
  return b.asOf.localeCompare(a.asOf);
}

/** The newest of some dated items (ties: the first written). */
export function newest<T extends { asOf: PartialDate }>(items: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const item of items) if (!best || item.asOf > best.asOf) best = item;
  return best;
}

export function yearOf(date: PartialDate): number {
  return Number(date.slice(0, 4));
}

/** Today in UTC as YYYY-MM-DD (validation's "no date after today"). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
