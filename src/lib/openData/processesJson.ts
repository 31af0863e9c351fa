/**
 * processes.json and processes/<slug>.json (CONTRACTS.md: Open data): the output shape as a zod
 * schema, from which the published JSON Schema is generated, and the function that fills it.
 */
import { z } from "zod";
import type { MembershipList, Process } from "../content/types";
import { CHAIR_ROLES, KINDS, OPEN_MEMBERSHIP_SCOPES, REGION_IDS, ROLES, SECRETARIAT_TYPES, STATUSES } from "../content/vocabulary";
import { pathOf } from "../routes";
import { siteConfig } from "@/site.config";

const code = z.string().regex(/^[A-Z]{3}$/).describe("ISO 3166-1 alpha-3 (upper case)");
const date = z.string().describe("YYYY or YYYY-MM");

export const ProcessJsonSchema = z
  .strictObject({
    slug: z.string().describe("Stable identifier; the profile is /processes/<slug>/"),
    name: z.string().describe("English name"),
    names: z.strictObject({ en: z.string(), fr: z.string().optional(), es: z.string().optional() }).describe("Names in English, French and Spanish where a source gives them"),
    acronym: z.string().nullable(),
    formerNames: z.array(z.string()),
    kind: z.enum(KINDS).describe("The newest source's classification"),
    regions: z.array(z.enum(REGION_IDS)),
    status: z.enum(STATUSES),
    statusAsOf: date.describe("The date the status rests on"),
    statusSource: z.string().describe("The source id the status rests on"),
    lastReported: date.describe("As-of date of the newest source describing the record"),
    predecessor: z.string().nullable(),
    successor: z.string().nullable(),
    foundedYear: z.number().int().nullable().describe("null where no source gives a founding year"),
    endedYear: z.number().int().nullable(),
    asOf: date.describe("As-of date of the current lists"),
    listsSource: z.string().describe("Source id of the current lists"),
    covers: z.array(z.enum(ROLES)).describe("Roles the current lists' source gives at all"),
    members: z.array(code).describe("Member states, including members through a group"),
    observerStates: z.array(code),
    partnerStates: z.array(code),
    guestStates: z.array(code),
    memberGroups: z.array(z.string()).describe("Ids of groups a source names with their countries (expanded into members)"),
    unnamedGroups: z
      .array(z.strictObject({ name: z.string(), count: z.number().int().nullable(), role: z.enum(ROLES) }))
      .describe("Groups the source gives without naming their countries: no country is credited with them"),
    openMembership: z.strictObject({ scope: z.enum(OPEN_MEMBERSHIP_SCOPES), description: z.string() }).nullable(),
    memberOrganizations: z.array(z.string()),
    observerOrganizations: z.array(z.string()),
    secretariat: z.strictObject({
      type: z.enum(SECRETARIAT_TYPES),
      organizations: z.array(z.string()).describe("The secretariat (organization), its host (own) or the acting organisation (interim)"),
      supportOrganizations: z.array(z.string()),
      text: z.string().nullable(),
    }),
    chair: z.array(
      z.strictObject({ country: code.nullable(), organization: z.string().nullable(), role: z.enum(CHAIR_ROLES), asOf: date, source: z.string() }),
    ),
    websites: z.array(z.string()),
    themes: z.array(z.string()),
    priorities: z.array(z.string()),
    sources: z.array(z.strictObject({ id: z.string(), asOf: date })).describe("Newest first"),
    url: z.string().describe("Root-relative URL of the profile, including any base path"),
  })
  .describe("One consultation mechanism, current state");

export type ProcessJson = z.infer<typeof ProcessJsonSchema>;

const ListJsonSchema = z.strictObject({
  asOf: date,
  source: z.string(),
  current: z.boolean(),
  covers: z.array(z.enum(ROLES)),
  memberships: z.array(z.strictObject({ country: code, role: z.enum(ROLES), viaGroup: z.string().nullable() })),
  unnamedGroups: z.array(z.strictObject({ name: z.string(), count: z.number().int().nullable(), role: z.enum(ROLES) })),
  memberOrganizations: z.array(z.string()),
  observerOrganizations: z.array(z.string()),
  note: z.string().nullable(),
});

export const ProcessRecordJsonSchema = ProcessJsonSchema.extend({
  lists: z.array(ListJsonSchema).describe("Every dated list, oldest first; the last is the current one"),
  claims: z.array(z.record(z.string(), z.unknown())),
  meetings: z.array(z.record(z.string(), z.unknown())),
  notes: z.array(z.strictObject({ text: z.string(), source: z.string().nullable() })),
  statedCounts: z.array(z.record(z.string(), z.unknown())),
}).describe("One consultation mechanism with its dated lists, claims, meetings and notes");

const codesIn = (list: MembershipList, role: (typeof ROLES)[number]) =>
  list.memberships.filter((m) => m.role === role).map((m) => m.country).sort();

export function toProcessJson(process: Process): ProcessJson {
  const { current } = process;
  return {
    slug: process.slug,
    name: process.name.en,
    names: process.name,
    acronym: process.acronym ?? null,
    formerNames: process.formerNames.map((f) => f.name),
    kind: process.kind,
    regions: process.regions,
    status: process.status,
    statusAsOf: process.statusAsOf,
    statusSource: process.statusSource,
    lastReported: process.lastReported,
    predecessor: process.predecessor ?? null,
    successor: process.successor ?? null,
    foundedYear: process.foundedYear,
    endedYear: process.endedYear ?? null,
    asOf: current.asOf,
    listsSource: current.source,
    covers: current.covers,
    members: codesIn(current, "member"),
    observerStates: codesIn(current, "observer"),
    partnerStates: codesIn(current, "partner"),
    guestStates: codesIn(current, "guest"),
    memberGroups: current.memberGroups.map((g) => g.group),
    unnamedGroups: current.unnamedGroups.map((g) => ({ name: g.name, count: g.count ?? null, role: g.role })),
    openMembership: process.openMembership ? { scope: process.openMembership.scope, description: process.openMembership.description } : null,
    memberOrganizations: current.memberOrganizations,
    observerOrganizations: current.observerOrganizations,
    secretariat: {
      type: process.secretariat.type,
      organizations: process.secretariat.organizations,
      supportOrganizations: process.secretariat.supportOrganizations,
      text: process.secretariat.text ?? null,
    },
    chair: process.chair.map((c) => ({ country: c.country ?? null, organization: c.organization ?? null, role: c.role, asOf: c.asOf, source: c.source })),
    websites: process.websites,
    themes: process.themes,
    priorities: process.priorities,
    sources: process.sources.map((s) => ({ id: s.id, asOf: s.asOf })),
    url: `${siteConfig.basePath}${pathOf({ page: "process", slug: process.slug })}`,
  };
}

export function toProcessRecordJson(process: Process) {
  return {
    ...toProcessJson(process),
    lists: process.lists.map((l) => ({
      asOf: l.asOf,
      source: l.source,
      current: l.current,
      covers: l.covers,
      memberships: l.memberships.map((m) => ({ country: m.country, role: m.role, viaGroup: m.viaGroup ?? null })),
      unnamedGroups: l.unnamedGroups.map((g) => ({ name: g.name, count: g.count ?? null, role: g.role })),
      memberOrganizations: l.memberOrganizations,
      observerOrganizations: l.observerOrganizations,
      note: l.note ?? null,
    })),
    claims: process.claims,
    meetings: process.meetings,
    notes: process.notes.map((n) => ({ text: n.text, source: n.source ?? null })),
    statedCounts: process.statedCounts,
  };
}

export function processesJsonSchema(): object {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: "processes.schema.json",
    title: "RCP Explorer processes",
    description: "processes.json: one object per consultation mechanism, current state. Generated from the site's zod schema.",
    ...z.toJSONSchema(z.array(ProcessJsonSchema)),
  };
}
