/**
 * Display rules, once: a record's name in a language (and its acronym rule), organisation labels,
 * country, region and theme names, partial dates, statuses with their dates, source labels.
 * Pages and components show data only through these.
 */
import type { Country } from "./content/countryRegistry";
import type { Organization, Process, Region, SourceDocument, Status, Theme } from "./content/types";
import { dictionary } from "./i18n";
import { INTL_LOCALE, type Locale } from "./i18n/locales";

export interface LocalizedText {
  text: string;
  /** Set when the text is not in the page's language (a name the sources give only in English). */
  lang?: Locale;
}

/** The record's name in the language where a source gives one, else the English name marked as such. */
export function processName(process: Pick<Process, "name">, locale: Locale): LocalizedText {
  const own = locale === "en" ? process.name.en : process.name[locale];
  return own ? { text: own } : { text: process.name.en, lang: "en" };
}

/** The one acronym rule: show "(ACR)" after a name only when the name does not already contain it. */
export function withAcronym(name: string, acronym: string | undefined): string {
  return acronym && !name.includes(acronym) ? `${name} (${acronym})` : name;
}

export function displayName(process: Pick<Process, "name" | "acronym">, locale: Locale): LocalizedText {
  const name = processName(process, locale);
  return { ...name, text: withAcronym(name.text, process.acronym) };
}

/** The shortest name a crowded cell can show: the acronym, else the name. */
export function shortName(process: Pick<Process, "name" | "acronym">, locale: Locale): string {
  return process.acronym ?? processName(process, locale).text;
}

export function organizationLabel(organization: Organization | undefined, id: string): string {
  if (!organization) return id;
  return withAcronym(organization.name, organization.acronym);
}

export function countryName(country: Country | undefined, code: string, locale: Locale): string {
  return country?.names[locale] ?? code;
}

export function regionName(region: Region | undefined, id: string, locale: Locale): string {
  if (!region) return id;
  return locale === "en" ? region.name : (region.translations?.[locale].name ?? region.name);
}

export function regionDescription(region: Region, locale: Locale): LocalizedText {
  const translated = locale === "en" ? undefined : region.translations?.[locale].description;
  return translated ? { text: translated } : { text: region.description, lang: locale === "en" ? undefined : "en" };
}

export function themeName(theme: Theme | undefined, id: string, locale: Locale): string {
  if (!theme) return id;
  return locale === "en" ? theme.name : (theme.translations?.[locale].name ?? theme.name);
}

export function themeDefinition(theme: Theme, locale: Locale): LocalizedText {
  const translated = locale === "en" ? undefined : theme.translations?.[locale].definition;
  return translated ? { text: translated } : { text: theme.definition, lang: locale === "en" ? undefined : "en" };
}

/** "2017-06" → "June 2017" ("juin 2017"); "2013" → "2013"; "2013-04-19" → "19 April 2013". `short`: "Jun 2017". */
export function formatPartialDate(date: string, locale: Locale, style: "long" | "short" = "long"): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: style, timeZone: "UTC", ...(day ? { day: "numeric" } : {}) };
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], options).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

/** How pages cite a source to people: author–date ("IOM 2017"); ids stay in data files. */
export function sourceLabel(source: SourceDocument | undefined, id: string): string {
  return source?.label ?? id;
}

/** "Active · June 2017", "No information since 2005", "Inactive · ended 2004", "Succeeded · 2011". */
export function statusText(process: Pick<Process, "status" | "statusAsOf" | "endedYear">, locale: Locale, style: "long" | "short" = "long"): string {
  const t = dictionary(locale).status;
  const date = formatPartialDate(process.statusAsOf, locale, style);
  switch (process.status) {
    case "active":
      return t.active(date);
    case "unknown":
      return t.unknown(String(process.statusAsOf.slice(0, 4)));
    case "inactive":
      return t.inactive(date, process.endedYear);
    case "succeeded":
      return t.succeeded(date, process.endedYear);
  }
}

/** Badge tone for a status: only "active" is green; nothing is shown in an error colour. */
export function statusTone(status: Status): "active" | "neutral" | "past" {
  return status === "active" ? "active" : status === "unknown" ? "neutral" : "past";
}
