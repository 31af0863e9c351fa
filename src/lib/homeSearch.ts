/** The home page's one search box: mechanisms by any name or acronym, countries by any name or variant. */
import { normalizeName } from "./text";

export interface SearchableMechanism {
  slug: string;
  name: string;
  acronym: string | null;
  /** Normalised names in every language, acronym and former names. */
  searchText: string;
}

export interface SearchableCountry {
  code: string;
  name: string;
  /** Normalised name and variants. */
  keys: string[];
}

export interface HomeSearchResult {
  mechanisms: SearchableMechanism[];
  countries: (SearchableCountry & { matchedVariant?: string })[];
}

export function searchableCountry(code: string, name: string, variants: readonly string[]): SearchableCountry {
  return { code, name, keys: [name, ...variants].map(normalizeName) };
}

export function homeSearch(
  query: string,
  mechanisms: readonly SearchableMechanism[],
  countries: readonly SearchableCountry[],
  variantsOf: (code: string) => readonly string[] = () => [],
  limit = 8,
): HomeSearchResult {
  const q = normalizeName(query);
  if (!q) return { mechanisms: [], countries: [] };
  const words = q.split(" ");
  const foundMechanisms = mechanisms.filter((m) => words.every((w) => m.searchText.includes(w)));
  const rank = (c: SearchableCountry) => (c.keys[0].startsWith(q) ? 0 : c.keys.some((k) => k.startsWith(q)) ? 1 : 2);
  const foundCountries = countries
    .filter((c) => c.keys.some((k) => k.includes(q)))
    .sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, "en"))
    .slice(0, limit)
    .map((c) => {
      if (c.keys[0].includes(q)) return c;
      const matchedVariant = variantsOf(c.code).find((v) => normalizeName(v).includes(q));
      return { ...c, matchedVariant };
    });
  return { mechanisms: foundMechanisms.slice(0, limit), countries: foundCountries };
}
