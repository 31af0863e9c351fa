/**
 * How a record is named and toned, in any language: the one acronym rule. No dictionary here, so the
 * browser islands can use it too.
 */
import type { Process, Status } from "./content/types";
import type { Locale } from "./i18n/locales";

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

/** Badge tone for a status: only "active" is green; nothing is shown in an error colour. */
export function statusTone(status: Status): "active" | "neutral" | "past" {
  return status === "active" ? "active" : status === "unknown" ? "neutral" : "past";
}
