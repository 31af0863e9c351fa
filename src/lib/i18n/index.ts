/**
 * The dictionaries by language. Server code calls `dictionary(locale)`; a browser island receives
 * only its `client` namespace as a prop, so no island bundles another language.
 */
import { en, type Dictionary } from "./dictionaries/en";
import { es } from "./dictionaries/es";
import { fr } from "./dictionaries/fr";
import type { Locale } from "./locales";

const DICTIONARIES: Record<Locale, Dictionary> = { en, fr, es };

export function dictionary(locale: Locale): Dictionary {
  return DICTIONARIES[locale];
}

export type { Dictionary };
export type ClientMessages = Dictionary["client"];
