/** Partial dates in the reader's language, for the server and the browser alike. */
import { INTL_LOCALE, type Locale } from "./locales";

// Building an Intl formatter costs far more than using one: keep one per language and shape.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, style: "long" | "short", withDay: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${withDay}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[locale], { year: "numeric", month: style, timeZone: "UTC", ...(withDay ? { day: "numeric" } : {}) });
    formatters.set(key, f);
  }
  return f;
}

/** "2017-06" → "June 2017" ("juin 2017"); "2013" → "2013"; "2013-04-19" → "19 April 2013". `short`: "Jun 2017". */
export function formatPartialDate(date: string, locale: Locale, style: "long" | "short" = "long"): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  return formatter(locale, style, Boolean(day)).format(new Date(Date.UTC(year, month - 1, day || 1)));
}
