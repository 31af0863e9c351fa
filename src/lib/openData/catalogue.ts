/**
 * Every published open-data file, in one list: its name under /data/, content type, title,
 * description and (lazy) contents. The route handlers serve `body()`; the /data/ page lists the
 * files with their sizes, row counts and a preview of each CSV.
 */
import { parse } from "csv-parse/sync";
import { siteConfig } from "@/site.config";
import type { Process } from "../content/types";
import { buildExplorerIndex } from "../explorer/buildIndex";
import type { SiteData } from "../siteData";
import { changelogAtom, readChangelog } from "./changelog";
import { dataPackage, jsonText, processesJsonText } from "./datapackage";
import { processesJsonSchema, toProcessRecordJson } from "./processesJson";
import { tables, type BuiltTable } from "./tables";

export interface CatalogueFile {
  /** File name under /data/: "memberships.csv"; for the per-record files, the pattern "processes/{slug}.json". */
  name: string;
  contentType: string;
  title: string;
  description: string;
  /** The file's text (built on first call). For the pattern entry: the first record's file, as an example. */
  body(): string;
  /** Rows of a CSV; records of a JSON list; entries of the feed; files of the pattern entry. */
  rows?(): number;
  /** The table definition of a CSV (columns with types and descriptions, keys). */
  csvSpec?: BuiltTable["spec"];
  /**
   * Only on the per-record entry, which stands for one file per record served by its own route
   * (src/app/data/processes/[file]): every such file. Leave this entry out of a route that serves
   * `name` as one file.
   */
  pattern?: { files(): { name: string; slug: string; body(): string }[] };
}

export interface CatalogueOptions {
  /** Repository root, for the changelog's one git call (default: CONTENT_ROOT, else the working directory). */
  root?: string;
  /** Public origin plus base path, for the feed's links (default: SITE_URL plus BASE_PATH). */
  siteUrl?: string;
}

const JSON_TYPE = "application/json; charset=utf-8";
const CSV_TYPE = "text/csv; charset=utf-8";

const once = <T>(make: () => T): (() => T) => {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
};

/** The newest source document's date: how recent the underlying information is. */
export function dataAsOf(data: SiteData): string {
  return data.registries.sources.map((s) => s.date).sort().at(-1) ?? "unknown";
}

/** version.json. */
export function datasetInfo(data: SiteData) {
  return {
    version: data.version,
    dataAsOf: dataAsOf(data),
    processes: data.processes.length,
    sources: data.registries.sources.map((s) => ({ id: s.id, asOf: s.date })),
  };
}

/** processes/<slug>.json: the record with its lists, claims, meetings and notes, under the dataset version. */
export function processRecordJsonText(data: SiteData, process: Process): string {
  return jsonText({ version: data.version, ...toProcessRecordJson(process) });
}

const cache = new WeakMap<SiteData, Map<string, CatalogueFile[]>>();

/** Every open-data file. Built once per site data (and options); each body on first use. */
export function catalogue(data: SiteData, options: CatalogueOptions = {}): CatalogueFile[] {
  const root = options.root ?? process.env.CONTENT_ROOT ?? process.cwd();
  const siteUrl = options.siteUrl ?? `${siteConfig.url}${siteConfig.basePath}`;
  const key = `${root}\n${siteUrl}`;
  const forData = cache.get(data) ?? new Map<string, CatalogueFile[]>();
  cache.set(data, forData);
  const cached = forData.get(key);
  if (cached) return cached;
  const files = buildCatalogue(data, root, siteUrl);
  forData.set(key, files);
  return files;
}

/** The files a route serves under /data/<name>: the catalogue without the per-record pattern. */
export function servedFiles(data: SiteData, options: CatalogueOptions = {}): CatalogueFile[] {
  return catalogue(data, options).filter((f) => !f.pattern);
}

function buildCatalogue(data: SiteData, root: string, siteUrl: string): CatalogueFile[] {
  const built: BuiltTable[] = tables(data).map((t) => ({ ...t, csv: once(t.csv) }));
  const processesJson = once(() => processesJsonText(data));
  const changelog = once(() => readChangelog(root));
  const feed = once(() =>
    changelogAtom(changelog(), {
      siteUrl,
      title: "RCP Explorer: data releases",
      subtitle: "Records added, changed and removed in each release of the dataset",
      updated: /^\d{4}-\d{2}-\d{2}$/.test(data.version) ? `${data.version}T00:00:00Z` : undefined,
      recordName: (slug) => data.bySlug.get(slug)?.name.en,
    }),
  );
  const recordFiles = () =>
    data.processes.map((p) => ({ name: `processes/${p.slug}.json`, slug: p.slug, body: once(() => processRecordJsonText(data, p)) }));

  return [
    {
      name: "processes.json",
      contentType: JSON_TYPE,
      title: "Processes",
      description:
        "An array with one object per mechanism, in its current state: names, kind, regions, dated status, years, member, observer, " +
        "partner and guest states (ISO alpha-3), groups, organisations, secretariat, chairs, websites, themes, priorities, sources and profile URL.",
      body: processesJson,
      rows: () => data.processes.length,
    },
    {
      name: "processes.schema.json",
      contentType: "application/schema+json; charset=utf-8",
      title: "Schema of processes.json",
      description: "The JSON Schema (draft 2020-12) of processes.json, generated from the site's own schema.",
      body: once(() => jsonText(processesJsonSchema())),
    },
    {
      name: "processes/{slug}.json",
      contentType: JSON_TYPE,
      title: "One file per process",
      description:
        "processes/<slug>.json: the object of processes.json plus every dated list of participants, the claims where sources differ, " +
        "meetings and notes.",
      body: once(() => (data.processes[0] ? processRecordJsonText(data, data.processes[0]) : "")),
      rows: () => data.processes.length,
      pattern: { files: recordFiles },
    },
    ...built.map(
      (table): CatalogueFile => ({
        name: table.spec.file,
        contentType: CSV_TYPE,
        title: table.spec.title,
        description: table.spec.description,
        body: table.csv,
        rows: table.rowCount,
        csvSpec: table.spec,
      }),
    ),
    {
      name: "countries.json",
      contentType: JSON_TYPE,
      title: "Country registry",
      description: "Every country and territory the data can name: ISO codes, UN names in three languages, status and variant names.",
      body: once(() => jsonText({ version: data.version, countries: data.registries.countries.countries })),
      rows: () => data.registries.countries.countries.length,
    },
    {
      name: "themes.json",
      contentType: JSON_TYPE,
      title: "Themes",
      description: "The theme taxonomy: id, name and definition, with French and Spanish forms.",
      body: once(() => jsonText({ version: data.version, themes: data.registries.themes })),
      rows: () => data.registries.themes.length,
    },
    {
      name: "organizations.json",
      contentType: JSON_TYPE,
      title: "Organisations",
      description: "Organisations named as members, observers, partners or secretariats: id, name, acronym, variants and website.",
      body: once(() => jsonText({ version: data.version, organizations: data.registries.organizations })),
      rows: () => data.registries.organizations.length,
    },
    {
      name: "version.json",
      contentType: JSON_TYPE,
      title: "Dataset version",
      description: "The dataset version (the date the content last changed), the date of the newest source, the number of records and each source's date.",
      body: once(() => jsonText(datasetInfo(data))),
    },
    {
      name: "datapackage.json",
      contentType: JSON_TYPE,
      title: "Data package",
      description:
        "A Frictionless Data Package (v1) describing every CSV — fields, types, constraints, primary and foreign keys, size and MD5 — " +
        "and processes.json, with the licence and the sources.",
      body: once(() => jsonText(dataPackage(data, built, processesJson()))),
    },
    {
      name: "changes.xml",
      contentType: "application/atom+xml; charset=utf-8",
      title: "Changes (Atom feed)",
      description: "The data releases, newest first: the records added, changed and removed, and whether the registries changed.",
      body: feed,
      rows: () => Math.min(changelog().length, 50),
    },
    {
      name: "explorer-index.json",
      contentType: JSON_TYPE,
      title: "Explorer index",
      description: "The compact index the explorer page loads: one row per process, the country names and the secretariat organisations.",
      body: once(() => JSON.stringify(buildExplorerIndex(data))),
      rows: () => data.processes.length,
    },
  ];
}

/**
 * The first rows of a CSV for a preview: the header row, then up to `rows` records, as parsed by
 * csv-parse (quotes undone; a formula-escaping apostrophe stays, as in the file).
 */
export function csvPreview(csv: string, rows = 5): string[][] {
  if (!csv) return [];
  return parse(csv, { to: rows + 1, relax_column_count: true, bom: true }) as string[][];
}
