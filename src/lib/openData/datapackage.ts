/**
 * datapackage.json (CONTRACTS.md: Open data): a Frictionless Data Package v1 descriptor of every
 * CSV (its fields, types, constraints, primary and foreign keys, size and MD5) and of processes.json.
 *
 * The package's profile is `data-package`, not `tabular-data-package`: the Tabular Data Package
 * profile requires every resource to be a Tabular Data Resource, and processes.json is not one.
 * Each CSV resource still declares `profile: "tabular-data-resource"`, and each validates against
 * that profile (tests/unit/openData.test.ts checks both against the published v1 JSON Schemas).
 */
import { createHash } from "node:crypto";
import type { SiteData } from "../siteData";
import { absoluteUrl } from "../routes";
import { toProcessJson } from "./processesJson";
import { tables, type BuiltTable } from "./tables";

export const PACKAGE_NAME = "rcp-explorer";
export const PACKAGE_TITLE = "RCP Explorer: inter-state consultation mechanisms on migration";
export const LICENSE = { name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" } as const;
export const CONTRIBUTOR = "RCP Explorer contributors";
export const KEYWORDS = [
  "migration",
  "regional consultative processes",
  "inter-state consultation mechanisms",
  "inter-regional forums",
  "global migration governance",
  "membership",
] as const;

/** The CSV dialect every table is written in (src/lib/csv.ts: RFC 4180, CRLF, a header row). */
export const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, header: true } as const;

export interface TableSchemaField {
  name: string;
  type: string;
  description: string;
  constraints?: Record<string, unknown>;
}

export interface TabularResource {
  name: string;
  path: string;
  profile: "tabular-data-resource";
  title: string;
  description: string;
  format: "csv";
  mediatype: "text/csv";
  encoding: "utf-8";
  dialect: typeof CSV_DIALECT;
  bytes: number;
  hash: string;
  schema: {
    fields: TableSchemaField[];
    primaryKey: string[];
    /** Left out when the table has none: the schema wants at least one when the key is present. */
    foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
    missingValues: [""];
  };
}

export interface JsonResource {
  name: string;
  path: string;
  profile: "data-resource";
  title: string;
  description: string;
  format: "json";
  mediatype: "application/json";
  encoding: "utf-8";
  bytes: number;
  hash: string;
  /** Path of the JSON Schema the file follows. */
  schema: string;
}

export interface DataPackage {
  profile: "data-package";
  name: string;
  title: string;
  description: string;
  version: string;
  created?: string;
  homepage: string;
  keywords: string[];
  licenses: (typeof LICENSE)[];
  contributors: { title: string; role: string }[];
  sources: { title: string; id: string; author: string; date: string; path?: string }[];
  resources: (TabularResource | JsonResource)[];
}

/** Pretty JSON with a final newline: the form every JSON file of the open data is written in. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** processes.json: an array, one object per record (CONTRACTS.md). */
export function processesJsonText(data: SiteData): string {
  return jsonText(data.processes.map(toProcessJson));
}

export const md5 = (text: string) => createHash("md5").update(text, "utf8").digest("hex");
export const byteLength = (text: string) => Buffer.byteLength(text, "utf8");

function tabularResource(table: BuiltTable): TabularResource {
  const { spec } = table;
  const text = table.csv();
  return {
    name: spec.name,
    path: spec.file,
    profile: "tabular-data-resource",
    title: spec.title,
    description: spec.description,
    format: "csv",
    mediatype: "text/csv",
    encoding: "utf-8",
    dialect: CSV_DIALECT,
    bytes: byteLength(text),
    hash: md5(text),
    schema: {
      fields: spec.columns.map(({ name, type, description, constraints }) => ({
        name,
        type,
        description,
        ...(constraints && Object.keys(constraints).length ? { constraints } : {}),
      })),
      primaryKey: spec.primaryKey,
      ...(spec.foreignKeys.length
        ? { foreignKeys: spec.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.reference.resource, fields: fk.reference.fields } })) }
        : {}),
      missingValues: [""],
    },
  };
}

/** A YYYY-MM-DD dataset version as an RFC 3339 date-time; undefined for anything else. */
function versionDateTime(version: string): string | undefined {
  return /^\d{4}-\d{2}-\d{2}$/.test(version) ? `${version}T00:00:00Z` : undefined;
}

/**
 * The data package descriptor. `built` lets a caller that also serves the CSVs pass the same
 * (memoised) tables; `processesJson` the processes.json text it serves, so bytes and hash agree.
 */
export function dataPackage(data: SiteData, built: readonly BuiltTable[] = tables(data), processesJson: string = processesJsonText(data)): DataPackage {
  const created = versionDateTime(data.version);
  return {
    profile: "data-package",
    name: PACKAGE_NAME,
    title: PACKAGE_TITLE,
    description:
      "A sourced dataset of the inter-state consultation mechanisms on migration — regional consultative processes (RCPs), " +
      "inter-regional forums and global processes: who takes part in which role, where, since when and on what, each fact " +
      "tied to one of five IOM and academic source documents (2003–2017). Membership tables keep each source's dated list " +
      "apart, and code \"not a member\" apart from \"the source does not say\".",
    version: data.version,
    ...(created ? { created } : {}),
    homepage: absoluteUrl({ page: "data" }),
    keywords: [...KEYWORDS],
    licenses: [LICENSE],
    contributors: [{ title: CONTRIBUTOR, role: "author" }],
    sources: data.registries.sources.map((s) => ({ title: s.title, id: s.id, author: s.author, date: s.date })),
    resources: [
      ...built.map(tabularResource),
      {
        name: "processes-json",
        path: "processes.json",
        profile: "data-resource",
        title: "Processes (JSON)",
        description: "One object per mechanism, current state, with nested lists; its JSON Schema is processes.schema.json.",
        format: "json",
        mediatype: "application/json",
        encoding: "utf-8",
        bytes: byteLength(processesJson),
        hash: md5(processesJson),
        schema: "processes.schema.json",
      },
    ],
  };
}
