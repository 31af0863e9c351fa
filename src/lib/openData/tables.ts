/**
 * The CSV files of the open data, each defined once: its columns (name, Frictionless type,
 * description, value), keys and rows. The CSV header, the data package's schema and the /data/
 * page's column dictionary are all generated from these definitions, so they cannot drift apart.
 */
import { toCsv, type Cell } from "../csv";
import type { MembershipList, Process } from "../content/types";
import { describeProcess } from "../describe";
import { countryName, organizationLabel, regionName, themeName } from "../format";
import { dictionary } from "../i18n";
import { membershipChanges, namedCount, panelDates, panelStatus, matrixCountries, spells, unnamedCount } from "../membership";
import type { Role } from "../content/vocabulary";
import { absoluteUrl } from "../routes";
import type { SiteData } from "../siteData";

export type FieldType = "string" | "integer" | "boolean";

export interface Column<R> {
  name: string;
  type: FieldType;
  description: string;
  /** Frictionless constraints, e.g. { required: true, enum: [...] }. */
  constraints?: Record<string, unknown>;
  value: (row: R) => Cell;
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

export interface TableSpec<R> {
  /** Resource name in the data package (lower-case, hyphens). */
  name: string;
  file: string;
  title: string;
  description: string;
  primaryKey: string[];
  foreignKeys: ForeignKey[];
  columns: Column<R>[];
  rows: (data: SiteData) => R[];
}

const en = dictionary("en");
const AS_OF = { pattern: "^\\d{4}(-\\d{2})?$" };
const ISO3 = { pattern: "^[A-Z]{3}$" };
const toProcess: ForeignKey = { fields: ["process_slug"], reference: { resource: "processes", fields: ["slug"] } };
const toCountry: ForeignKey = { fields: ["country_iso3"], reference: { resource: "countries", fields: ["iso3"] } };

const joined = (values: readonly string[]) => values.join(";");

function countryLabel(data: SiteData, code: string): string {
  return countryName(data.countryByCode.get(code), code, "en");
}

// ---------- processes.csv ----------

const processesTable: TableSpec<Process> = {
  name: "processes",
  file: "processes.csv",
  title: "Processes",
  description: "One flat row per mechanism (current state), labels beside codes.",
  primaryKey: ["slug"],
  foreignKeys: [],
  rows: (data) => data.processes,
  columns: [],
};

function processColumns(data: SiteData): Column<Process>[] {
  const count = (p: Process, role: Role) => namedCount(p.current, role);
  return [
    { name: "slug", type: "string", description: "Stable identifier of the mechanism", constraints: { required: true, unique: true }, value: (p) => p.slug },
    { name: "name", type: "string", description: "English name", value: (p) => p.name.en },
    { name: "name_fr", type: "string", description: "French name, where a source gives one", value: (p) => p.name.fr },
    { name: "name_es", type: "string", description: "Spanish name, where a source gives one", value: (p) => p.name.es },
    { name: "acronym", type: "string", description: "Acronym", value: (p) => p.acronym },
    { name: "kind", type: "string", description: "rcp, irf or global: the newest source's classification", constraints: { enum: ["rcp", "irf", "global"] }, value: (p) => p.kind },
    { name: "kind_label", type: "string", description: "Kind, in words", value: (p) => en.kinds[p.kind] },
    { name: "regions", type: "string", description: "Region ids, semicolon-separated", value: (p) => joined(p.regions) },
    { name: "region_labels", type: "string", description: "Region names, semicolon-separated", value: (p) => joined(p.regions.map((id) => regionName(data.regionById.get(id), id, "en"))) },
    { name: "status", type: "string", description: "active, inactive, succeeded or unknown", constraints: { enum: ["active", "inactive", "succeeded", "unknown"] }, value: (p) => p.status },
    { name: "status_label", type: "string", description: "Status, in words", value: (p) => en.statuses[p.status] },
    { name: "status_as_of", type: "string", description: "Date the status rests on (YYYY or YYYY-MM)", constraints: AS_OF, value: (p) => p.statusAsOf },
    { name: "status_source", type: "string", description: "Source id the status rests on", value: (p) => p.statusSource },
    { name: "last_reported", type: "string", description: "As-of date of the newest source describing the record", constraints: AS_OF, value: (p) => p.lastReported },
    { name: "founded_year", type: "integer", description: "Year founded (newest source); empty where no source gives one", value: (p) => p.foundedYear },
    { name: "ended_year", type: "integer", description: "Year ended, where a source gives one", value: (p) => p.endedYear },
    { name: "members_named", type: "integer", description: "Member states named in the current lists (incl. through a group)", value: (p) => count(p, "member") },
    { name: "members_unnamed", type: "integer", description: "Member states the source counts in groups it does not name", value: (p) => unnamedCount(p.current, "member") },
    { name: "observers_named", type: "integer", description: "Observer states named", value: (p) => count(p, "observer") },
    { name: "partners_named", type: "integer", description: "Partner states named", value: (p) => count(p, "partner") },
    { name: "guests_named", type: "integer", description: "Guest states named", value: (p) => count(p, "guest") },
    { name: "lists_as_of", type: "string", description: "As-of date of the current lists", constraints: AS_OF, value: (p) => p.current.asOf },
    { name: "lists_source", type: "string", description: "Source id of the current lists", value: (p) => p.current.source },
    { name: "secretariat_type", type: "string", description: "own, organization, interim, chair, none or unknown", constraints: { enum: ["own", "organization", "interim", "chair", "none", "unknown"] }, value: (p) => p.secretariat.type },
    { name: "secretariat_label", type: "string", description: "Secretariat type, in words", value: (p) => en.secretariatTypes[p.secretariat.type] },
    { name: "secretariat_organizations", type: "string", description: "Organisation ids that are (or host, or act as) the secretariat", value: (p) => joined(p.secretariat.organizations) },
    { name: "secretariat_organization_labels", type: "string", description: "Their names", value: (p) => joined(p.secretariat.organizations.map((id) => organizationLabel(data.organizationById.get(id), id))) },
    { name: "secretariat_support", type: "string", description: "Organisation ids that support the secretariat", value: (p) => joined(p.secretariat.supportOrganizations) },
    { name: "chair", type: "string", description: "Chairs as the newest source naming one says: role:holder, semicolon-separated", value: (p) => joined(p.chair.map((c) => `${c.role}:${c.country ?? c.organization}`)) },
    { name: "chair_labels", type: "string", description: "Chairs, in words", value: (p) => joined(p.chair.map((c) => `${en.chairRoles[c.role]}: ${c.country ? countryLabel(data, c.country) : organizationLabel(data.organizationById.get(c.organization!), c.organization!)}`)) },
    { name: "themes", type: "string", description: "Theme ids, semicolon-separated", value: (p) => joined(p.themes) },
    { name: "theme_labels", type: "string", description: "Theme names", value: (p) => joined(p.themes.map((id) => themeName(data.themeById.get(id), id, "en"))) },
    { name: "summary", type: "string", description: "One sentence written from the data", value: (p) => describeProcess(p, data, "en") },
    { name: "url", type: "string", description: "Public URL of the profile", value: (p) => absoluteUrl({ page: "process", slug: p.slug }) },
  ];
}

// ---------- memberships.csv (contract: header exactly) ----------

interface MembershipRow {
  process: Process;
  list: MembershipList;
  country: string;
  role: string;
  viaGroup?: string;
}

const ROLE_ORDER = ["member", "observer", "partner", "guest"];
const byRoleThenCountry = (a: { role: string; country: string }, b: { role: string; country: string }) =>
  ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || a.country.localeCompare(b.country);

function membershipRows(data: SiteData): MembershipRow[] {
  return data.processes.flatMap((process) =>
    [...process.current.memberships].sort(byRoleThenCountry).map((m) => ({ process, list: process.current, country: m.country, role: m.role, viaGroup: m.viaGroup })),
  );
}

function membershipColumns(data: SiteData): Column<MembershipRow>[] {
  return [
    { name: "process_slug", type: "string", description: "The mechanism", constraints: { required: true }, value: (r) => r.process.slug },
    { name: "process_name", type: "string", description: "Its English name", value: (r) => r.process.name.en },
    { name: "country_iso3", type: "string", description: "The country (ISO 3166-1 alpha-3)", constraints: { required: true, ...ISO3 }, value: (r) => r.country },
    { name: "country_name", type: "string", description: "Its name (UN short name)", value: (r) => countryLabel(data, r.country) },
    { name: "role", type: "string", description: "member, observer, partner or guest", constraints: { enum: ROLE_ORDER }, value: (r) => r.role },
    { name: "via_group", type: "string", description: "The group id when the membership comes through a group the source names (e.g. eu-28)", value: (r) => r.viaGroup },
    { name: "process_status", type: "string", description: "The mechanism's status", value: (r) => r.process.status },
    { name: "as_of", type: "string", description: "As-of date of the list the row comes from", constraints: AS_OF, value: (r) => r.list.asOf },
    { name: "source", type: "string", description: "Source id of that list", value: (r) => r.list.source },
  ];
}

// ---------- membership-history.csv, membership-lists.csv, membership-changes.csv ----------

interface HistoryRow {
  process: Process;
  list: MembershipList;
  country: string;
  role: string;
}

const historyColumns = (data: SiteData): Column<HistoryRow>[] => [
  { name: "process_slug", type: "string", description: "The mechanism", value: (r) => r.process.slug },
  { name: "as_of", type: "string", description: "As-of date of the list", constraints: AS_OF, value: (r) => r.list.asOf },
  { name: "source", type: "string", description: "Source id of the list", value: (r) => r.list.source },
  { name: "country_iso3", type: "string", description: "The country", constraints: ISO3, value: (r) => r.country },
  { name: "role", type: "string", description: "Its role in that list", constraints: { enum: ROLE_ORDER }, value: (r) => r.role },
  { name: "country_name", type: "string", description: "Its name", value: (r) => countryLabel(data, r.country) },
];

interface ListRow {
  process: Process;
  list: MembershipList;
}

const listColumns: Column<ListRow>[] = [
  { name: "process_slug", type: "string", description: "The mechanism", value: (r) => r.process.slug },
  { name: "as_of", type: "string", description: "As-of date of the list", constraints: AS_OF, value: (r) => r.list.asOf },
  { name: "source", type: "string", description: "Source id of the list", value: (r) => r.list.source },
  { name: "is_current", type: "boolean", description: "Whether this is the record's current list", value: (r) => r.list.current },
  { name: "covers", type: "string", description: "Roles the source gives at all, semicolon-separated: a role not covered says nothing about who held it", value: (r) => joined(r.list.covers) },
  { name: "unnamed_groups", type: "string", description: "Groups the source gives without naming their countries (name (count) role), semicolon-separated", value: (r) => joined(r.list.unnamedGroups.map((g) => `${g.name}${g.count ? ` (${g.count})` : ""} ${g.role}`)) },
  { name: "members_named", type: "integer", description: "Member states the list names", value: (r) => namedCount(r.list, "member") },
];

interface ChangeRow {
  process: Process;
  change: ReturnType<typeof membershipChanges>[number];
}

const changeColumns = (data: SiteData): Column<ChangeRow>[] => [
  { name: "process_slug", type: "string", description: "The mechanism", value: (r) => r.process.slug },
  { name: "from_as_of", type: "string", description: "As-of date of the earlier list", constraints: AS_OF, value: (r) => r.change.from.asOf },
  { name: "to_as_of", type: "string", description: "As-of date of the later list", constraints: AS_OF, value: (r) => r.change.to.asOf },
  { name: "country_iso3", type: "string", description: "The country", constraints: ISO3, value: (r) => r.change.country },
  { name: "change", type: "string", description: "joined, left or role-changed: only where both lists cover the role and neither leaves it to an unnamed group", constraints: { enum: ["joined", "left", "role-changed"] }, value: (r) => r.change.change },
  { name: "from_role", type: "string", description: "Role in the earlier list", value: (r) => r.change.fromRole },
  { name: "to_role", type: "string", description: "Role in the later list", value: (r) => r.change.toRole },
  { name: "country_name", type: "string", description: "The country's name", value: (r) => countryLabel(data, r.change.country) },
];

// ---------- membership-spells.csv, membership-panel.csv ----------

interface SpellRow {
  process: Process;
  spell: ReturnType<typeof spells>[number];
}

const spellColumns = (data: SiteData): Column<SpellRow>[] => [
  { name: "country_iso3", type: "string", description: "The country", constraints: ISO3, value: (r) => r.spell.country },
  { name: "process_slug", type: "string", description: "The mechanism", value: (r) => r.process.slug },
  { name: "role", type: "string", description: "The role held", constraints: { enum: ROLE_ORDER }, value: (r) => r.spell.role },
  { name: "first_listed", type: "string", description: "As-of date of the first list of the spell", constraints: AS_OF, value: (r) => r.spell.first.asOf },
  { name: "last_listed", type: "string", description: "As-of date of the last list of the spell (not a date it ended)", constraints: AS_OF, value: (r) => r.spell.last.asOf },
  { name: "sources", type: "string", description: "Source ids of the lists in the spell, semicolon-separated", value: (r) => joined(r.spell.lists.map((l) => l.source)) },
  { name: "country_name", type: "string", description: "The country's name", value: (r) => countryLabel(data, r.spell.country) },
];

interface PanelRow {
  process: Process;
  country: string;
  asOf: string;
  status: string;
}

const panelColumns: Column<PanelRow>[] = [
  { name: "country_iso3", type: "string", description: "The country: every country any list of the mechanism names", constraints: ISO3, value: (r) => r.country },
  { name: "process_slug", type: "string", description: "The mechanism", value: (r) => r.process.slug },
  { name: "as_of", type: "string", description: "One date per source document: the as-of date of the mechanism's list from it, else the document's own date", constraints: AS_OF, value: (r) => r.asOf },
  {
    name: "status",
    type: "string",
    description:
      "member/observer/partner/guest: named in that role; not-listed: the list names the members and not this country; not-covered: the source gives no list (or no list for it); not-in-existence: the date is before founding or after the end",
    constraints: { enum: ["member", "observer", "partner", "guest", "not-listed", "not-covered", "not-in-existence"] },
    value: (r) => r.status,
  },
];

// ---------- countries.csv ----------

interface CountryRow {
  code: string;
}

const countryColumns = (data: SiteData): Column<CountryRow>[] => {
  const c = (code: string) => data.countryByCode.get(code)!;
  return [
    { name: "iso3", type: "string", description: "ISO 3166-1 alpha-3 (3166-3 for a former state; XKX for Kosovo)", constraints: { required: true, unique: true, ...ISO3 }, value: (r) => r.code },
    { name: "name", type: "string", description: "UN short name (English)", value: (r) => c(r.code).names.en },
    { name: "status", type: "string", description: "un-member, un-observer, territory, other or historical", value: (r) => c(r.code).status },
    { name: "variants", type: "string", description: "Other names (any language, the sources' spellings), semicolon-separated", value: (r) => joined(c(r.code).variants) },
    { name: "forums", type: "integer", description: "Mechanisms whose current lists name it", value: (r) => (data.forumsByCountry.get(r.code) ?? []).filter((f) => f.current).length },
    { name: "iso2", type: "string", description: "ISO 3166-1 alpha-2, where it has one", value: (r) => c(r.code).alpha2 },
    { name: "m49", type: "string", description: "UN M49 / ISO 3166-1 numeric code, where it has one (keep the leading zeros)", value: (r) => c(r.code).m49 },
    { name: "status_label", type: "string", description: "Status, in words", value: (r) => en.countryStatuses[c(r.code).status] },
    { name: "name_fr", type: "string", description: "French name", value: (r) => c(r.code).names.fr },
    { name: "name_es", type: "string", description: "Spanish name", value: (r) => c(r.code).names.es },
  ];
};

// ---------- the catalogue of tables ----------

export interface BuiltTable {
  spec: Omit<TableSpec<unknown>, "columns" | "rows"> & { columns: Omit<Column<unknown>, "value">[] };
  csv: () => string;
  rowCount: () => number;
}

function build<R>(spec: Omit<TableSpec<R>, "columns">, columns: Column<R>[], data: SiteData): BuiltTable {
  let rows: R[] | undefined;
  const all = () => (rows ??= spec.rows(data));
  return {
    spec: { ...spec, columns: columns.map(({ name, type, description, constraints }) => ({ name, type, description, constraints })) },
    csv: () => toCsv(columns.map((c) => c.name), all().map((row) => columns.map((c) => c.value(row)))),
    rowCount: () => all().length,
  };
}

/** Every CSV of the open data, built lazily from the site data. */
export function tables(data: SiteData): BuiltTable[] {
  return [
    build(processesTable, processColumns(data), data),
    build(
      {
        name: "countries",
        file: "countries.csv",
        title: "Countries",
        description: "The country registry: codes researchers join on, names and the number of forums.",
        primaryKey: ["iso3"],
        foreignKeys: [],
        rows: (d) => d.registries.countries.countries.map((c) => ({ code: c.code })),
      },
      countryColumns(data),
      data,
    ),
    build(
      {
        name: "memberships",
        file: "memberships.csv",
        title: "Memberships (current lists)",
        description: "One row per process × country × role in each record's current lists, with the list's date and source and the process's status: a 2005 list stays a 2005 list.",
        primaryKey: ["process_slug", "country_iso3"],
        foreignKeys: [toProcess, toCountry],
        rows: membershipRows,
      },
      membershipColumns(data),
      data,
    ),
    build(
      {
        name: "membership-history",
        file: "membership-history.csv",
        title: "Membership history",
        description: "Every dated list, one row per membership.",
        primaryKey: ["process_slug", "as_of", "country_iso3"],
        foreignKeys: [toProcess, toCountry],
        rows: (d) =>
          d.processes.flatMap((process) =>
            process.lists.flatMap((list) => [...list.memberships].sort(byRoleThenCountry).map((m) => ({ process, list, country: m.country, role: m.role }))),
          ),
      },
      historyColumns(data),
      data,
    ),
    build(
      {
        name: "membership-lists",
        file: "membership-lists.csv",
        title: "Membership lists and what they cover",
        description: "One row per dated list: which roles its source gives at all and which groups it leaves unnamed.",
        primaryKey: ["process_slug", "as_of"],
        foreignKeys: [toProcess],
        rows: (d) => d.processes.flatMap((process) => process.lists.map((list) => ({ process, list }))),
      },
      listColumns,
      data,
    ),
    build(
      {
        name: "membership-changes",
        file: "membership-changes.csv",
        title: "Membership changes",
        description: "Joins, departures and role changes that two consecutive comparable lists show.",
        primaryKey: ["process_slug", "from_as_of", "country_iso3"],
        foreignKeys: [toProcess, toCountry],
        rows: (d) => d.processes.flatMap((process) => membershipChanges(process).map((change) => ({ process, change }))),
      },
      changeColumns(data),
      data,
    ),
    build(
      {
        name: "membership-spells",
        file: "membership-spells.csv",
        title: "Membership spells",
        description: "One row per country × process × role spell: the first and last dated list that show it; a spell never spans a list that does not cover the role.",
        primaryKey: ["country_iso3", "process_slug", "role", "first_listed"],
        foreignKeys: [toProcess, toCountry],
        rows: (d) => d.processes.flatMap((process) => spells(process).map((spell) => ({ process, spell }))),
      },
      spellColumns(data),
      data,
    ),
    build(
      {
        name: "membership-panel",
        file: "membership-panel.csv",
        title: "Country × process panel",
        description: "One row per country × process × source date, with coded statuses that keep \"not a member\" apart from \"the source does not say\". Only the dates the sources give.",
        primaryKey: ["country_iso3", "process_slug", "as_of"],
        foreignKeys: [toProcess, toCountry],
        rows: (d) =>
          d.processes.flatMap((process) => {
            const dates = panelDates(process, d.registries.sources);
            return matrixCountries(process)
              .sort()
              .flatMap((country) => dates.map((date) => ({ process, country, asOf: date.asOf, status: panelStatus(process, date, country) })));
          }),
      },
      panelColumns,
      data,
    ),
  ];
}
