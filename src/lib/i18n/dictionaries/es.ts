/** Spanish. Until translated, the English dictionary stands in (the dictionary test fails on it). */
import { en, type Dictionary } from "./en";

export const es: Dictionary = { ...en, meta: { lang: "es", dir: "ltr" } };
