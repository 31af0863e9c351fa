/**
 * Loads and checks the registries in content/registries/. Each entry is validated on its own: a bad
 * entry is reported and left out, but its id (when it has one) still counts as known, so one broken
 * registry line never hides — or fakes — a record's reference problems.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { z } from "zod";
import { ERRORS, fail, suggestion } from "./errors";
import { buildCountryRegistry, type CountryRegistry } from "./countryRegistry";
import { readText, REGISTRY_DIR } from "./files";
import { foldName } from "../names";
import type { Locate, ProblemSink } from "./problems";
import {
  CountriesFileSchema,
  GroupSchema,
  NotIncludedSchema,
  OrganizationSchema,
  RegionSchema,
  SourceDocumentSchema,
  ThemeSchema,
  VariantSchema,
} from "./schema";
import type { CountriesFile, GroupDefinition, NotIncluded, Organization, Region, SourceDocument, Theme } from "./types";
import { parseLocatedYaml } from "./yamlDocument";
import { reportZodIssues } from "./zodIssues";

export interface Group extends Omit<GroupDefinition, "members"> {
  members: string[];
}

export interface Registries {
  sources: SourceDocument[];
  regions: Region[];
  themes: Theme[];
  organizations: Organization[];
  groups: Group[];
  countries: CountryRegistry;
  notIncluded: NotIncluded[];
}

/** Ids a record may refer to: every entry with an id, valid or not. */
export interface KnownIds {
  sources: Map<string, string>;
  themes: Set<string>;
  organizations: Set<string>;
  groups: Set<string>;
}

interface ParsedYaml {
  file: string;
  data: unknown;
  lineOf: Locate;
}

function readYaml(root: string, name: string, sink: ProblemSink): ParsedYaml | undefined {
  const file = `${REGISTRY_DIR}/${name}`;
  // Checked first: readText would report a missing file as unreadable ("ENOENT"), not as missing.
  if (!fileExists(root, name)) {
    sink.report(file, [], fail(ERRORS.RegistryMissing));
    return undefined;
  }
  const text = readText(root, file, sink);
  if (text === undefined) return undefined;
  const yaml = parseLocatedYaml(text);
  for (const problem of yaml.problems) sink.report(file, problem.path ?? [], problem.message, undefined, problem.line);
  if (yaml.problems.length) return undefined;
  return { file, data: yaml.data, lineOf: yaml.lineOf };
}

/** A registry that is a list: every entry checked alone; valid ones returned, ids of all collected. */
function readList<S extends z.ZodType>(root: string, name: string, schema: S, sink: ProblemSink, optional = false) {
  const parsed = optional && !fileExists(root, name) ? { file: name, data: [], lineOf: () => undefined } : readYaml(root, name, sink);
  const entries: z.output<S>[] = [];
  const ids: string[] = [];
  if (!parsed) return { entries, ids, parsed };
  if (!Array.isArray(parsed.data)) {
    sink.report(parsed.file, [], fail(ERRORS.RegistryNotList), undefined, 1);
    return { entries, ids, parsed: undefined };
  }
  const seen = new Map<string, number>();
  parsed.data.forEach((raw, i) => {
    const id = typeof raw === "object" && raw !== null && typeof (raw as { id?: unknown }).id === "string" ? (raw as { id: string }).id : undefined;
    const label = id ?? String(i);
    if (id) {
      if (seen.has(id)) sink.report(parsed.file, [label, "id"], fail(ERRORS.DuplicateId, id), undefined, parsed.lineOf([i, "id"]));
      seen.set(id, i);
      ids.push(id);
    }
    const result = schema.safeParse(raw, { reportInput: true });
    if (result.success) entries.push(result.data);
    // Problems name the entry by its id, not its position: "themes.yaml: labour-migration.name".
    else reportZodIssues(sink, parsed.file, result.error.issues, (p) => parsed.lineOf([i, ...p.slice(1)]), schema, [label]);
  });
  return { entries, ids, parsed };
}

function fileExists(root: string, name: string): boolean {
  return existsSync(path.join(root, REGISTRY_DIR, name));
}

export function loadRegistries(root: string, sink: ProblemSink): { registries: Registries; known: KnownIds } {
  const sources = readList(root, "sources.yaml", SourceDocumentSchema, sink);
  const regions = readList(root, "regions.yaml", RegionSchema, sink);
  const themes = readList(root, "themes.yaml", ThemeSchema, sink);
  const organizations = readList(root, "organizations.yaml", OrganizationSchema, sink);
  const groups = readList(root, "groups.yaml", GroupSchema, sink);
  const variants = readList(root, "country-variants.yaml", VariantSchema, sink);
  const notIncluded = readList(root, "not-included.yaml", NotIncludedSchema, sink, true);

  checkUniqueNames(organizations.entries, organizations.parsed, sink);

  const countriesYaml = readYaml(root, "countries.yaml", sink);
  let countriesFile: CountriesFile = { exclude: [], recode: {}, overrides: [], ambiguous: [] };
  if (countriesYaml) {
    const result = CountriesFileSchema.safeParse(countriesYaml.data, { reportInput: true });
    if (result.success) countriesFile = result.data;
    else reportZodIssues(sink, countriesYaml.file, result.error.issues, countriesYaml.lineOf, CountriesFileSchema);
  }
  const { registry: countries, problems } = buildCountryRegistry(countriesFile, variants.entries);
  for (const problem of problems) {
    const file = problem.where === "variants" ? `${REGISTRY_DIR}/country-variants.yaml` : `${REGISTRY_DIR}/countries.yaml`;
    const path = problem.where === "variants" ? [problem.index] : [problem.where, problem.index];
    const located = problem.where === "variants" ? variants.parsed?.lineOf([Number(problem.index), problem.field ?? ""]) : countriesYaml?.lineOf([...path, ...(problem.field ? [problem.field] : [])]);
    sink.report(file, [...path, ...(problem.field ? [problem.field] : [])], problem.message, undefined, located);
  }

  const sourceIds = new Map<string, string>();
  for (const s of sources.entries) sourceIds.set(s.id, s.date);
  for (const id of sources.ids) if (!sourceIds.has(id)) sourceIds.set(id, "9999");

  const resolvedGroups: Group[] = groups.entries.map((group) => {
    const index = (groups.parsed?.data as unknown[]).findIndex((g) => (g as { id?: string })?.id === group.id);
    if (!sourceIds.has(group.membersFrom.source)) {
      sink.report(groups.parsed!.file, [group.id, "membersFrom", "source"], fail(ERRORS.UnknownSource, group.membersFrom.source, suggestion(group.membersFrom.source, sourceIds.keys())), undefined, groups.parsed?.lineOf([index, "membersFrom", "source"]));
    }
    return {
      ...group,
      members: group.members.flatMap((reference, j) => {
        const result = countries.resolve(reference);
        if (result.ok) return [result.code];
        sink.report(groups.parsed!.file, [group.id, "members", j], result.message, undefined, groups.parsed?.lineOf([index, "members", j]));
        return [];
      }),
    };
  });

  return {
    registries: {
      sources: sources.entries,
      regions: regions.entries,
      themes: themes.entries,
      organizations: organizations.entries,
      groups: resolvedGroups,
      countries,
      notIncluded: notIncluded.entries,
    },
    known: {
      sources: sourceIds,
      themes: new Set(themes.ids),
      organizations: new Set(organizations.ids),
      groups: new Set(groups.ids),
    },
  };
}

function checkUniqueNames(entries: readonly { id: string; name: string }[], parsed: ParsedYaml | undefined, sink: ProblemSink): void {
  if (!parsed) return;
  const seen = new Set<string>();
  entries.forEach((entry) => {
    const key = foldName(entry.name);
    if (seen.has(key)) {
      const i = (parsed.data as { id?: string }[]).findIndex((e) => e?.id === entry.id);
      sink.report(parsed.file, [entry.id, "name"], fail(ERRORS.DuplicateEntryName, entry.name), undefined, parsed.lineOf([i, "name"]));
    }
    seen.add(key);
  });
}
