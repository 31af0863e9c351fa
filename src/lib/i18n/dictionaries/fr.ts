/** French. Until translated, the English dictionary stands in (the dictionary test fails on it). */
import { en, type Dictionary } from "./en";

export const fr: Dictionary = { ...en, meta: { lang: "fr", dir: "ltr" } };
