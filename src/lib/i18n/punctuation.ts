/**
 * Punctuation that differs by language: French sets a narrow no-break space before ":" and "?"
 * ("Filtres appliqués : …", "Vouliez-vous dire … ?"); English and Spanish do not. Client-safe.
 */
import type { Locale } from "./locales";

const NARROW_NBSP = "\u202f";

/** A label's colon and the space after it: "Chair: ", "Présidence : ". */
export function colon(locale: Locale): string {
  return locale === "fr" ? `${NARROW_NBSP}: ` : ": ";
}

/** A closing question mark: "?", " ?" in French (Spanish opens its own "¿" in the text). */
export function questionMark(locale: Locale): string {
  return locale === "fr" ? `${NARROW_NBSP}?` : "?";
}
