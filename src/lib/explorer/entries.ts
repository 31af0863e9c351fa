/**
 * The explorer's compact index: what the browser needs to filter, sort, search and download — no
 * record bodies. Built at build time by toExplorerEntry(); shipped as props of the explorer island.
 */
import type { Kind, Process, Role, Status } from "../content/types";
import type { ProcessJson } from "../openData";
import { toCsv } from "../csv";
import { normalizeName } from "../text";

/** The scalar fields of processes.json: the columns of the explorer's CSV download. */
export const PROCESS_SCALAR_COLUMNS = [
  "slug",
  "name",
  "acronym",
  "kind",
  "status",
  "predecessor",
  "successor",
  "foundedYear",
  "endedYear",
  "asOf",
  "openMembership",
  "secretariat",
  "chair",
  "url",
] as const satisfies readonly (keyof ProcessJson)[];

export type ScalarColumn = (typeof PROCESS_SCALAR_COLUMNS)[number];

export interface ExplorerEntry {
  scalars: Pick<ProcessJson, ScalarColumn>;
  kind: Kind;
  status: Status;
  regions: string[];
  themes: string[];
  foundedYear: number | null;
  memberCount: number;
  memberOrganizationCount: number;
  /** Country code → role in the current lists (a member through a group is a member). */
  roles: Record<string, Role>;
  /** Normalised names in every language, acronym and former names, for text search. */
  searchText: string;
}

export function toExplorerEntry(process: Process, json: ProcessJson): ExplorerEntry {
  const roles: Record<string, Role> = {};
  for (const m of process.current.memberships) roles[m.country] = m.role;
  const scalars = Object.fromEntries(PROCESS_SCALAR_COLUMNS.map((c) => [c, json[c]])) as ExplorerEntry["scalars"];
  return {
    scalars,
    kind: process.kind,
    status: process.status,
    regions: process.regions,
    themes: process.themes,
    foundedYear: process.foundedYear,
    memberCount: json.members.length,
    memberOrganizationCount: json.memberOrganizations.length,
    roles,
    searchText: searchTextOf(process),
  };
}

/** Normalised names in every language, acronym and former names, joined for substring search. */
export function searchTextOf(process: Process): string {
  return [process.name.en, process.name.fr, process.name.es, process.acronym, ...process.formerNames.map((f) => f.name)]
    .filter((n): n is string => Boolean(n))
    .map(normalizeName)
    .join(" | ");
}

/** A country as the member-state control offers it: its name and every variant it answers to. */
export interface CountryOption {
  code: string;
  name: string;
  variants: string[];
}

/** The CSV of exactly the rows shown, with the scalar columns of processes.json. */
export function entriesCsv(entries: readonly ExplorerEntry[]): string {
  return toCsv(
    PROCESS_SCALAR_COLUMNS,
    entries.map((e) => PROCESS_SCALAR_COLUMNS.map((c) => e.scalars[c])),
  );
}
