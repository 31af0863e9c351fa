/** The site's languages: English at the root, French and Spanish under /fr/ and /es/. */
import { LOCALES, type Locale } from "../content/vocabulary";

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = "en";
/** The locales that live under a path prefix. */
export const PREFIXED_LOCALES = LOCALES.filter((l) => l !== DEFAULT_LOCALE);

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl: British English spelling matches the site's ("organisation"). */
export const INTL_LOCALE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

/** Each language's own name, for the language switch. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };
