/**
 * The catalogue of open-data files: each file's name, type, description and contents. The route
 * handlers under src/app/data/ serve them; the /data/ page describes them from the same list.
 */
import type { Content } from "./content/types";
import { datasetVersion } from "./gitDates";
import { forumsByCountry } from "./indexes";
import {
  countriesCsv,
  dataAsOf,
  HISTORY_COLUMNS,
  MEMBERSHIP_COLUMNS,
  COUNTRY_COLUMNS,
  membershipHistoryCsv,
  membershipsCsv,
  processesJson,
  processesJsonSchema,
} from "./openData";

export interface DataFile {
  name: string;
  contentType: string;
  title: string;
  description: string;
  columns?: readonly string[];
  body: (content: Content, basePath: string) => string;
  rows: (content: Content) => number;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
const csvRows = (csv: string) => csv.split("\r\n").filter(Boolean).length - 1;

export const DATA_FILES: readonly DataFile[] = [
  {
    name: "processes.json",
    contentType: "application/json; charset=utf-8",
    title: "Processes",
    description:
      "An array with one object per mechanism, in its current state: names, kind, regions, status, years, member, observer, partner and guest states (ISO alpha-3), groups, organisations, secretariat, chair, websites, themes, priorities, sources and profile URL.",
    body: (content, basePath) => json(processesJson(content, basePath)),
    rows: (content) => content.processes.length,
  },
  {
    name: "processes.schema.json",
    contentType: "application/schema+json; charset=utf-8",
    title: "Schema of processes.json",
    description: "The JSON Schema of processes.json, generated from the site's own zod schema.",
    body: () => json(processesJsonSchema()),
    rows: () => 1,
  },
  {
    name: "memberships.csv",
    contentType: "text/csv; charset=utf-8",
    title: "Memberships",
    description:
      "Current memberships, one row per process × country × role (member, observer, partner, guest). via_group names the group (e.g. eu-28) when a membership comes through one.",
    columns: MEMBERSHIP_COLUMNS,
    body: (content) => membershipsCsv(content),
    rows: (content) => csvRows(membershipsCsv(content)),
  },
  {
    name: "membership-history.csv",
    contentType: "text/csv; charset=utf-8",
    title: "Membership history",
    description: "Every dated list of participants — older sources' snapshots and the current lists — one row per membership.",
    columns: HISTORY_COLUMNS,
    body: (content) => membershipHistoryCsv(content),
    rows: (content) => csvRows(membershipHistoryCsv(content)),
  },
  {
    name: "countries.csv",
    contentType: "text/csv; charset=utf-8",
    title: "Countries",
    description: "The country registry: ISO alpha-3 code, name, status, variant names (semicolon-separated) and the number of forums.",
    columns: COUNTRY_COLUMNS,
    body: (content) => countriesCsv(content, countForums(content)),
    rows: (content) => content.registries.countries.countries.length,
  },
  {
    name: "themes.json",
    contentType: "application/json; charset=utf-8",
    title: "Themes",
    description: "The theme taxonomy: id, name and definition.",
    body: (content) => json({ version: datasetVersion(), themes: content.registries.themes }),
    rows: (content) => content.registries.themes.length,
  },
  {
    name: "organizations.json",
    contentType: "application/json; charset=utf-8",
    title: "Organisations",
    description: "Organisations named as members, observers, partners or secretariats: id, acronym, full name.",
    body: (content) => json({ version: datasetVersion(), organizations: content.registries.organizations }),
    rows: (content) => content.registries.organizations.length,
  },
  {
    name: "version.json",
    contentType: "application/json; charset=utf-8",
    title: "Dataset version",
    description: "The dataset version (the date the content last changed) and the date of the newest source.",
    body: (content) => json(datasetInfo(content)),
    rows: () => 1,
  },
];

export function datasetInfo(content: Content) {
  return { version: datasetVersion(), dataAsOf: dataAsOf(content), processes: content.processes.length, sources: content.registries.sources.map((s) => ({ id: s.id, asOf: s.date })) };
}

function countForums(content: Content): Map<string, number> {
  return new Map([...forumsByCountry(content.processes)].map(([code, forums]) => [code, new Set(forums.map((f) => f.process.slug)).size]));
}

export function dataFile(name: string): DataFile {
  const file = DATA_FILES.find((f) => f.name === name);
  if (!file) throw new Error(`No open-data file "${name}"`);
  return file;
}
