/**
 * The country registry: ISO 3166 entities from the `world-countries` package, corrected and extended
 * by content/registries/countries.yaml, with the sources' own spellings from country-variants.yaml.
 * A record may write a country by code or by any known name; it is stored as its code.
 */
import worldCountries from "world-countries";
import { normalizeName } from "../text";
import type { CountriesFile, CountryStatus } from "./types";

export interface Country {
  code: string;
  name: string;
  status: CountryStatus;
  /** Other names a reader may look for: official names, former names, the sources' spellings. */
  variants: string[];
  note?: string;
}

export type CountryResolution =
  | { ok: true; code: string }
  | { ok: false; message: string };

export interface CountryRegistry {
  countries: Country[];
  byCode: ReadonlyMap<string, Country>;
  resolve(reference: string): CountryResolution;
}

export interface VariantEntry {
  name: string;
  code: string;
}

export function buildCountryRegistry(file: CountriesFile, variantEntries: readonly VariantEntry[]): CountryRegistry {
  const excluded = new Set(file.exclude);
  const ambiguous = new Map(file.ambiguous.map((a) => [normalizeName(a.name), a.candidates]));
  const countries = new Map<string, Country>();

  for (const entry of worldCountries) {
    if (excluded.has(entry.cca3)) continue;
    const code = file.recode[entry.cca3] ?? entry.cca3;
    const packageNames = [entry.name.official, ...entry.altSpellings.filter((s) => s.length > 3)];
    countries.set(code, {
      code,
      name: entry.name.common,
      status: entry.unMember ? "un-member" : "territory",
      variants: packageNames,
    });
  }

  for (const override of file.overrides) {
    const existing = countries.get(override.code);
    const base: Country = existing ?? { code: override.code, name: override.name ?? override.code, status: "other", variants: [] };
    const renamed = override.name && override.name !== base.name ? [base.name] : [];
    countries.set(override.code, {
      ...base,
      name: override.name ?? base.name,
      status: override.status ?? base.status,
      variants: [...renamed, ...base.variants, ...override.variants],
      note: override.note ?? base.note,
    });
  }

  for (const variant of variantEntries) countries.get(variant.code)?.variants.push(variant.name);

  const byName = new Map<string, string>();
  for (const country of countries.values()) {
    country.variants = unique(country.variants).filter((v) => v !== country.name && !ambiguous.has(normalizeName(v)));
    for (const name of [country.name, ...country.variants]) {
      const key = normalizeName(name);
      if (!byName.has(key)) byName.set(key, country.code);
    }
  }

  const sorted = [...countries.values()].sort((a, b) => a.name.localeCompare(b.name, "en"));
  const byCode = new Map(sorted.map((c) => [c.code, c]));

  const resolve = (reference: string): CountryResolution => {
    const trimmed = reference.trim();
    if (/^[A-Z]{3}$/.test(trimmed)) {
      return byCode.has(trimmed) ? { ok: true, code: trimmed } : { ok: false, message: `unknown country code "${trimmed}"` };
    }
    const key = normalizeName(trimmed);
    const candidates = ambiguous.get(key);
    if (candidates) {
      return {
        ok: false,
        message: `"${trimmed}" is ambiguous (${candidates.join(" or ")}): write the code and say in notes how the context settles it`,
      };
    }
    const code = byName.get(key);
    return code
      ? { ok: true, code }
      : { ok: false, message: `unknown country "${trimmed}": use an ISO alpha-3 code or add the spelling to content/registries/country-variants.yaml` };
  };

  return { countries: sorted, byCode, resolve };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
