/** Partial dates in the reader's language, for the server and the browser alike. */
import { INTL_LOCALE, type Locale } from "./locales";

/** "2017-06" → "June 2017" ("juin 2017"); "2013" → "2013"; "2013-04-19" → "19 April 2013". `short`: "Jun 2017". */
export function formatPartialDate(date: string, locale: Locale, style: "long" | "short" = "long"): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: style, timeZone: "UTC", ...(day ? { day: "numeric" } : {}) };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(new Date(Date.UTC(year, month - 1, day || 1)));
}
