/**
 * Loads and checks the registries in content/registries/: sources, regions, themes, organisations,
 * groups and countries. Problems are collected, not thrown, so every file is checked in one run.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { buildCountryRegistry, type VariantEntry } from "./countryRegistry";
import { normalizeName } from "../text";
import { ProblemSink, type FieldPath } from "./problems";
import {
  CountriesFileSchema,
  GroupSchema,
  OrganizationSchema,
  RegionSchema,
  SourceDocumentSchema,
  ThemeSchema,
} from "./schema";
import { keysAt } from "./schemaKeys";
import type { CountriesFile, Group, Registries } from "./types";
import { parseLocatedYaml } from "./yamlDocument";
import { reportZodIssues } from "./zodProblems";

export const REGISTRY_DIR = "content/registries";

const VariantSchema = z.strictObject({ name: z.string().trim().min(1), code: z.string().regex(/^[A-Z]{3}$/, "must be an upper-case alpha-3 code") });

interface ParsedFile<T> {
  file: string;
  data: T | undefined;
  lineOf: (path: FieldPath) => number | undefined;
}

function readRegistry<S extends z.ZodType>(root: string, name: string, schema: S, sink: ProblemSink): ParsedFile<z.output<S>> {
  const file = `${REGISTRY_DIR}/${name}`;
  let text: string;
  try {
    text = readFileSync(path.join(root, file), "utf8");
  } catch {
    sink.report(file, [], "registry file is missing");
    return { file, data: undefined, lineOf: () => undefined };
  }
  const yaml = parseLocatedYaml(text);
  for (const error of yaml.syntaxErrors) sink.problems.push({ file, line: error.line, field: "", message: `YAML syntax: ${error.message}` });
  if (yaml.syntaxErrors.length) return { file, data: undefined, lineOf: yaml.lineOf };
  const result = schema.safeParse(yaml.data);
  if (!result.success) {
    reportZodIssues(sink, file, result.error.issues, yaml.lineOf, (p) => keysAt(schema, p));
    return { file, data: undefined, lineOf: yaml.lineOf };
  }
  return { file, data: result.data, lineOf: yaml.lineOf };
}

function checkUniqueIds(parsed: ParsedFile<{ id: string; name?: string }[]>, sink: ProblemSink, key: "id" | "name" = "id"): void {
  const seen = new Set<string>();
  parsed.data?.forEach((entry, i) => {
    const value = key === "id" ? entry.id : normalizeName(entry.name ?? "");
    if (seen.has(value)) sink.report(parsed.file, [i, key], `duplicate ${key} "${value}"`, parsed.lineOf);
    seen.add(value);
  });
}

export function loadRegistries(root: string, sink: ProblemSink): Registries | undefined {
  const sources = readRegistry(root, "sources.yaml", z.array(SourceDocumentSchema), sink);
  const regions = readRegistry(root, "regions.yaml", z.array(RegionSchema), sink);
  const themes = readRegistry(root, "themes.yaml", z.array(ThemeSchema), sink);
  const organizations = readRegistry(root, "organizations.yaml", z.array(OrganizationSchema), sink);
  const groups = readRegistry(root, "groups.yaml", z.array(GroupSchema), sink);
  const countriesFile = readRegistry(root, "countries.yaml", CountriesFileSchema, sink);
  const variants = readRegistry(root, "country-variants.yaml", z.array(VariantSchema), sink);

  for (const parsed of [sources, regions, themes, organizations, groups]) checkUniqueIds(parsed, sink);
  checkUniqueIds(organizations, sink, "name");

  const countryFile: CountriesFile = countriesFile.data ?? { exclude: [], recode: {}, overrides: [], ambiguous: [] };
  const countries = buildCountryRegistry(countryFile, variants.data ?? []);
  checkVariants(variants, countries.byCode, countries.resolve, sink);
  checkOverrides(countriesFile, countries.byCode, sink);

  const resolvedGroups: Group[] = (groups.data ?? []).map((group, i) => ({
    ...group,
    members: group.members.flatMap((reference, j) => {
      const result = countries.resolve(reference);
      if (result.ok) return [result.code];
      sink.report(groups.file, [i, "members", j], result.message, groups.lineOf);
      return [];
    }),
  }));

  if (!sources.data || !regions.data || !themes.data || !organizations.data || !groups.data || !countriesFile.data || !variants.data) {
    return undefined;
  }
  return {
    sources: sources.data,
    regions: regions.data,
    themes: themes.data,
    organizations: organizations.data,
    groups: resolvedGroups,
    countries,
  };
}

function checkVariants(
  variants: ParsedFile<VariantEntry[]>,
  byCode: ReadonlyMap<string, unknown>,
  resolve: (name: string) => { ok: boolean; code?: string },
  sink: ProblemSink,
): void {
  variants.data?.forEach((variant, i) => {
    if (!byCode.has(variant.code)) {
      sink.report(variants.file, [i, "code"], `unknown country code "${variant.code}"`, variants.lineOf);
      return;
    }
    const resolved = resolve(variant.name);
    if (resolved.ok && resolved.code !== variant.code) {
      sink.report(variants.file, [i, "name"], `"${variant.name}" already names ${resolved.code}`, variants.lineOf);
    }
  });
}

function checkOverrides(file: ParsedFile<CountriesFile>, byCode: ReadonlyMap<string, unknown>, sink: ProblemSink): void {
  file.data?.ambiguous.forEach((entry, i) =>
    entry.candidates.forEach((code, j) => {
      if (!byCode.has(code)) sink.report(file.file, ["ambiguous", i, "candidates", j], `unknown country code "${code}"`, file.lineOf);
    }),
  );
}
