/** A status with the date it rests on, from the dictionary's templates: one rule for pages and the explorer. */
import type { Status } from "../content/vocabulary";
import { formatPartialDate } from "./dates";
import type { Locale } from "./locales";
import { fill } from "./plural";

export interface StatusTemplates {
  active: string;
  unknown: string;
  inactive: string;
  inactiveEnded: string;
  succeeded: string;
  succeededEnded: string;
}

export function statusLabel(
  templates: StatusTemplates,
  process: { status: Status; statusAsOf: string; endedYear?: number | null },
  locale: Locale,
  style: "long" | "short" = "long",
): string {
  const date = formatPartialDate(process.statusAsOf, locale, style);
  const year = process.statusAsOf.slice(0, 4);
  const ended = process.endedYear ?? undefined;
  switch (process.status) {
    case "active":
      return fill(templates.active, { date });
    case "unknown":
      return fill(templates.unknown, { year });
    case "inactive":
      return ended ? fill(templates.inactiveEnded, { year: ended }) : fill(templates.inactive, { date });
    case "succeeded":
      return ended ? fill(templates.succeededEnded, { year: ended }) : fill(templates.succeeded, { date });
  }
}
