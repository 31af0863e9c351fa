/**
 * The type-ahead on /countries/: which countries match what a reader typed, by name or any other
 * name (case, accents, punctuation and spaces ignored). Keys are folded once, on the server, so the
 * browser only folds the query.
 */
import type { Country } from "./content/countryRegistry";
import { initialOf } from "./lookups";
import { normalizeName } from "./text";

export interface CountrySearchEntry {
  code: string;
  /** The A–Z group the country is listed under. */
  initial: string;
  /** Folded name and variants, spaces removed. */
  keys: string[];
}

export interface CountryMatches {
  codes: Set<string>;
  /** Initials with at least one match, so empty letter groups can be hidden too. */
  initials: Set<string>;
}

function fold(text: string): string {
  return normalizeName(text).replace(/ /g, "");
}

export function countrySearchEntry(country: Pick<Country, "code" | "name" | "variants">): CountrySearchEntry {
  return {
    code: country.code,
    initial: initialOf(country.name),
    keys: [...new Set([country.name, ...country.variants].map(fold).filter(Boolean))],
  };
}

/** Every entry when the query is blank; otherwise those whose code is the query or a key contains it. */
export function matchCountries(entries: readonly CountrySearchEntry[], query: string): CountryMatches {
  const needle = fold(query);
  const matched = needle
    ? entries.filter((e) => e.code.toLowerCase() === needle || e.keys.some((key) => key.includes(needle)))
    : entries;
  return { codes: new Set(matched.map((e) => e.code)), initials: new Set(matched.map((e) => e.initial)) };
}

export function countriesShownLabel(count: number): string {
  return `${count} ${count === 1 ? "country" : "countries"} shown`;
}
