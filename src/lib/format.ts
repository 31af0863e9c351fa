/**
 * Display rules, once: a record's name in a language (and its acronym rule), organisation labels,
 * country, region and theme names, partial dates, statuses with their dates, source labels.
 * Pages and components show data only through these.
 */
import type { Country } from "./content/countryRegistry";
import type { Organization, Process, Region, SourceDocument, Theme } from "./content/types";
import { withAcronym, type LocalizedText } from "./displayNames";
import { dictionary } from "./i18n";
import { formatPartialDate } from "./i18n/dates";
import type { Locale } from "./i18n/locales";
import { statusLabel } from "./i18n/status";

export { displayName, processName, shortName, withAcronym, type LocalizedText } from "./displayNames";

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

export { formatPartialDate };

/** How pages cite a source to people: author–date ("IOM 2017"); ids stay in data files. */
export function sourceLabel(source: SourceDocument | undefined, id: string): string {
  return source?.label ?? id;
}

/** "Active · June 2017", "No information since 2005", "Inactive · ended 2004", "Succeeded · 2011". */
export function statusText(process: Pick<Process, "status" | "statusAsOf" | "endedYear">, locale: Locale, style: "long" | "short" = "long"): string {
  return statusLabel(dictionary(locale).client.status, process, locale, style);
}

export { statusTone } from "./displayNames";

/**
 * Free text written by editors may name a source by its id ("harns-2013"); people read it by its
 * label ("Harns 2013"). Ids stay in the data; pages show labels.
 */
export function readableText(text: string, sources: readonly SourceDocument[]): string {
  let out = text;
  for (const s of sources) out = out.replace(new RegExp(`\\b${s.id.replace(/[-]/g, "\\-")}\\b`, "g"), s.label);
  return out;
}
