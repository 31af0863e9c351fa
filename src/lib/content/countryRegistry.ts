/**
 * The country registry: ISO 3166 entities from the `world-countries` package, corrected and extended
 * by content/registries/countries.yaml (UN short names, French and Spanish forms, statuses), with the
 * sources' own spellings from country-variants.yaml. A record may write a country by code or by any
 * known name in any of the three languages; it is stored as its code.
 */
import worldCountries from "world-countries";
import { ERRORS, fail, suggestion } from "./errors";
import { buildNameIndex, foldName } from "../names";
import type { CountriesFile, CountryStatus } from "./types";
import type { z } from "zod";
import type { VariantSchema } from "./schema";

export interface Country {
  /** ISO 3166-1 alpha-3 (3166-3 for a former state; XKX for Kosovo). */
  code: string;
  /** Display names: the UN short name in English; French and Spanish forms. */
  names: { en: string; fr: string; es: string };
  status: CountryStatus;
  /** ISO 3166-1 alpha-2, where the entity has one. */
  alpha2?: string;
  /** UN M49 / ISO 3166-1 numeric, where the entity has one. */
  m49?: string;
  /** The package's continent-level region (Africa, Americas, Asia, Europe, Oceania), for grouping lists. */
  area?: string;
  /** [lat, lng], to place the entity on a map. */
  latlng?: [number, number];
  /** Other names a reader may look for, in any language: official and former names, the sources' spellings. */
  variants: string[];
  note?: string;
}

export type CountryResolution =
  | { ok: true; code: string }
  | { ok: false; message: string; name: keyof typeof ERRORS };

export interface CountryRegistry {
  countries: Country[];
  byCode: ReadonlyMap<string, Country>;
  resolve(reference: string): CountryResolution;
}

export type VariantEntry = z.infer<typeof VariantSchema>;

export interface CountryRegistryProblem {
  where: "overrides" | "exclude" | "recode" | "variants" | "ambiguous";
  index: number | string;
  field?: string;
  message: string;
}

export function buildCountryRegistry(
  file: CountriesFile,
  variantEntries: readonly VariantEntry[],
): { registry: CountryRegistry; problems: CountryRegistryProblem[] } {
  const problems: CountryRegistryProblem[] = [];
  const packageCodes = new Set(worldCountries.map((c) => c.cca3));
  file.exclude.forEach((code, i) => {
    if (!packageCodes.has(code)) problems.push({ where: "exclude", index: i, message: fail(ERRORS.MatchesNothing, code) });
  });
  for (const from of Object.keys(file.recode)) {
    if (!packageCodes.has(from)) problems.push({ where: "recode", index: from, message: fail(ERRORS.MatchesNothing, from) });
  }

  const excluded = new Set(file.exclude);
  const ambiguous = new Map(file.ambiguous.map((a) => [foldName(a.name), a.candidates]));
  const countries = new Map<string, Country>();

  for (const entry of worldCountries) {
    if (excluded.has(entry.cca3)) continue;
    const code = file.recode[entry.cca3] ?? entry.cca3;
    const fra = entry.translations.fra;
    const spa = entry.translations.spa;
    countries.set(code, {
      code,
      names: { en: entry.name.common, fr: fra?.common ?? entry.name.common, es: spa?.common ?? entry.name.common },
      status: entry.unMember ? "un-member" : "territory",
      alpha2: entry.cca2 || undefined,
      m49: entry.ccn3 || undefined,
      latlng: entry.latlng?.length === 2 ? [entry.latlng[0], entry.latlng[1]] : undefined,
      area: entry.region || undefined,
      variants: [entry.name.official, fra?.official, spa?.official, ...entry.altSpellings.filter((s) => s.length > 3)].filter((v): v is string => Boolean(v)),
    });
  }

  file.overrides.forEach((override, i) => {
    const existing = countries.get(override.code);
    if (!existing && !override.name) {
      problems.push({ where: "overrides", index: i, field: "name", message: fail(ERRORS.OverrideUnknownCode, override.code) });
      return;
    }
    const name = override.name ?? existing!.names.en;
    const base: Country = existing ?? { code: override.code, names: { en: name, fr: name, es: name }, status: "other", variants: [] };
    const names = { en: name, fr: override.names?.fr ?? base.names.fr, es: override.names?.es ?? base.names.es };
    const replaced = [base.names.en, base.names.fr, base.names.es].filter((n) => ![names.en, names.fr, names.es].includes(n));
    countries.set(override.code, {
      ...base,
      names,
      status: override.status ?? base.status,
      latlng: override.latlng ?? base.latlng,
      variants: [...replaced, ...base.variants, ...override.variants],
      note: override.note ?? base.note,
    });
  });

  variantEntries.forEach((variant, i) => {
    const country = countries.get(variant.code);
    if (!country) problems.push({ where: "variants", index: i, field: "code", message: fail(ERRORS.UnknownCountryCode, variant.code, "") });
    else country.variants.push(variant.name);
  });
  file.ambiguous.forEach((entry, i) =>
    entry.candidates.forEach((code) => {
      if (!countries.has(code)) problems.push({ where: "ambiguous", index: i, field: "candidates", message: fail(ERRORS.UnknownCountryCode, code, "") });
    }),
  );

  for (const country of countries.values()) {
    const own = new Set([country.names.en, country.names.fr, country.names.es].map(foldName));
    country.variants = [...new Set(country.variants)].filter((v) => !own.has(foldName(v)) && !ambiguous.has(foldName(v)));
  }

  const sorted = [...countries.values()].sort((a, b) => a.names.en.localeCompare(b.names.en, "en"));
  const byCode = new Map(sorted.map((c) => [c.code, c]));
  const index = buildNameIndex(sorted.map((c) => ({ id: c.code, names: [c.names.en, c.names.fr, c.names.es, ...c.variants] })));

  // A source's spelling must point at one country only.
  variantEntries.forEach((variant, i) => {
    const owners = index.exact(variant.name);
    const other = owners.find((code) => code !== variant.code);
    if (other && byCode.has(variant.code)) problems.push({ where: "variants", index: i, field: "name", message: fail(ERRORS.VariantNamesAnother, variant.name, other) });
  });

  const codes = [...byCode.keys()];
  const resolve = (reference: string): CountryResolution => {
    const trimmed = reference.trim();
    if (/^[A-Z]{3}$/.test(trimmed)) {
      return byCode.has(trimmed)
        ? { ok: true, code: trimmed }
        : { ok: false, name: "UnknownCountryCode", message: fail(ERRORS.UnknownCountryCode, trimmed, suggestion(trimmed, codes)) };
    }
    if (/^[a-z]{3}$/.test(trimmed) && byCode.has(trimmed.toUpperCase())) {
      return { ok: false, name: "LowerCaseCountryCode", message: fail(ERRORS.LowerCaseCountryCode, trimmed) };
    }
    const candidates = ambiguous.get(foldName(trimmed));
    if (candidates) return { ok: false, name: "AmbiguousCountry", message: fail(ERRORS.AmbiguousCountry, trimmed, candidates) };
    const found = index.exact(trimmed);
    if (found.length === 1) return { ok: true, code: found[0] };
    if (found.length > 1) return { ok: false, name: "AmbiguousCountry", message: fail(ERRORS.AmbiguousCountry, trimmed, found) };
    const near = index.nearest(trimmed);
    return { ok: false, name: "UnknownCountry", message: fail(ERRORS.UnknownCountry, trimmed, near ? byCode.get(near)!.names.en : "") };
  };

  return { registry: { countries: sorted, byCode, resolve }, problems };
}
