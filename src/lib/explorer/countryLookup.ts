/** Finds a country from what a person types: its name or any variant, case- and accent-insensitive. */
import { normalizeName } from "../text";
import type { CountryOption } from "./entries";

export function countryLookup(countries: readonly CountryOption[]): (text: string) => CountryOption | undefined {
  const index = new Map<string, CountryOption>();
  for (const country of countries) {
    for (const name of [country.name, ...country.variants]) {
      const key = normalizeName(name);
      if (!index.has(key)) index.set(key, country);
    }
    index.set(country.code.toLowerCase(), country);
  }
  return (text) => index.get(normalizeName(text)) ?? index.get(text.trim().toLowerCase());
}
