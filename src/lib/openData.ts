/**
 * The open-data files of CONTRACTS.md, built from the loaded content. Pure functions: the route
 * handlers under src/app/data/ only serve what these return.
 */
import { z } from "zod";
import { toCsv } from "./csv";

import { newestSource } from "./content/processRecords";
import { KINDS, REGION_IDS, ROLES, STATUSES } from "./content/schema";
import type { Content, Process, Registries } from "./content/types";

const code = z.string().regex(/^[A-Z]{3}$/);

/** One element of processes.json: a record's current state. Its JSON Schema is processes.schema.json. */
export const ProcessJsonSchema = z
  .object({
    slug: z.string(),
    name: z.string().describe("English name"),
    names: z.object({ en: z.string(), fr: z.string().optional(), es: z.string().optional() }),
    acronym: z.string().nullable(),
    formerNames: z.array(z.string()),
    kind: z.enum(KINDS),
    regions: z.array(z.enum(REGION_IDS)),
    status: z.enum(STATUSES),
    predecessor: z.string().nullable(),
    successor: z.string().nullable(),
    foundedYear: z.number().int().nullable(),
    endedYear: z.number().int().nullable(),
    asOf: z.string().describe("Date (YYYY or YYYY-MM) of the source the current lists come from"),
    members: z.array(code).describe("Member states, including those that are members through a group"),
    observerStates: z.array(code),
    partnerStates: z.array(code),
    guestStates: z.array(code),
    memberGroups: z.array(z.string()).describe("Ids of groups (e.g. eu-28) through which states are members"),
    openMembership: z.string().nullable().describe("Set when participation is open to a whole class of states"),
    memberOrganizations: z.array(z.string()),
    observerOrganizations: z.array(z.string()),
    secretariat: z.string().nullable(),
    chair: z.string().nullable(),
    websites: z.array(z.string()),
    themes: z.array(z.string()),
    priorities: z.array(z.string()),
    sources: z.array(z.object({ id: z.string(), asOf: z.string() })),
    url: z.string().describe("Root-relative URL of the profile, including any base path"),
  })
  .strict();

export type ProcessJson = z.infer<typeof ProcessJsonSchema>;

export const MEMBERSHIP_COLUMNS = ["process_slug", "process_name", "country_iso3", "country_name", "role", "via_group"] as const;
export const HISTORY_COLUMNS = ["process_slug", "as_of", "source", "country_iso3", "role"] as const;
export const COUNTRY_COLUMNS = ["iso3", "name", "status", "variants", "forums"] as const;
export function organizationLabel(registries: Registries, id: string): string {
  const organization = registries.organizations.find((o) => o.id === id);
  if (!organization) return id;
  return organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name;
}

export function secretariatText(process: Process, registries: Registries): string | null {
  const s = process.secretariat;
  if (!s) return null;
  const parts = [s.organization ? organizationLabel(registries, s.organization) : undefined, s.note].filter(Boolean);
  return parts.join(" — ");
}

export function chairText(process: Process, registries: Registries): string | null {
  if (!process.chair.length) return null;
  return process.chair
    .map((c) => {
      const holder = c.country ? (registries.countries.byCode.get(c.country)?.name ?? c.country) : organizationLabel(registries, c.organization ?? "");
      return `${holder} (${c.title})`;
    })
    .join("; ");
}

export function profilePath(slug: string, basePath = ""): string {
  return `${basePath}/processes/${slug}/`;
}

export function toProcessJson(process: Process, registries: Registries, basePath = ""): ProcessJson {
  const codes = (role: (typeof ROLES)[number]) =>
    process.current.memberships.filter((m) => m.role === role).map((m) => m.country).sort();
  return {
    slug: process.slug,
    name: process.name.en,
    names: process.name,
    acronym: process.acronym ?? null,
    formerNames: process.formerNames.map((f) => f.name),
    kind: process.kind,
    regions: process.regions,
    status: process.status,
    predecessor: process.predecessor ?? null,
    successor: process.successor ?? null,
    foundedYear: process.foundedYear,
    endedYear: process.endedYear ?? null,
    asOf: process.current.asOf,
    members: codes("member"),
    observerStates: codes("observer"),
    partnerStates: codes("partner"),
    guestStates: codes("guest"),
    memberGroups: process.current.memberGroups.map((g) => g.group),
    openMembership: process.openMembership?.description ?? null,
    memberOrganizations: process.current.memberOrganizations,
    observerOrganizations: process.current.observerOrganizations,
    secretariat: secretariatText(process, registries),
    chair: chairText(process, registries),
    websites: process.websites,
    themes: process.themes,
    priorities: process.priorities,
    sources: process.sources,
    url: profilePath(process.slug, basePath),
  };
}

export function processesJson(content: Content, basePath = ""): ProcessJson[] {
  return content.processes.map((p) => toProcessJson(p, content.registries, basePath));
}

export function processesJsonSchema(): object {
  return {
    $id: "processes.schema.json",
    title: "RCP Explorer processes",
    description: "processes.json: one object per consultation mechanism, current state.",
    ...z.toJSONSchema(z.array(ProcessJsonSchema)),
  };
}

export function membershipsCsv(content: Content): string {
  const { byCode } = content.registries.countries;
  const rows = content.processes.flatMap((p) =>
    sortMemberships(p.current.memberships).map((m) => [
      p.slug,
      p.name.en,
      m.country,
      byCode.get(m.country)?.name ?? m.country,
      m.role,
      m.viaGroup ?? "",
    ]),
  );
  return toCsv(MEMBERSHIP_COLUMNS, rows);
}

export function membershipHistoryCsv(content: Content): string {
  const rows = content.processes.flatMap((p) =>
    [...p.snapshots, p.current].flatMap((s) =>
      sortMemberships(s.memberships).map((m) => [p.slug, s.asOf, s.source, m.country, m.role]),
    ),
  );
  return toCsv(HISTORY_COLUMNS, rows);
}

export function countriesCsv(content: Content, forumCounts: ReadonlyMap<string, number>): string {
  const rows = content.registries.countries.countries.map((c) => [c.code, c.name, c.status, c.variants.join("; "), forumCounts.get(c.code) ?? 0]);
  return toCsv(COUNTRY_COLUMNS, rows);
}


const ROLE_ORDER = new Map(ROLES.map((r, i) => [r, i]));

function sortMemberships<T extends { role: (typeof ROLES)[number]; country: string }>(memberships: readonly T[]): T[] {
  return [...memberships].sort((a, b) => ROLE_ORDER.get(a.role)! - ROLE_ORDER.get(b.role)! || a.country.localeCompare(b.country));
}

/** The dataset's own date: the newest as-of date any record cites. */
export function dataAsOf(content: Content): string {
  return newestSource(content.processes.flatMap((p) => p.sources)).asOf;
}
