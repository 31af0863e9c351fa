/**
 * Indexes over the loaded processes: by country, region, theme, organisation, source and chair.
 * Built once, in linear time, from the typed objects the loader returns; pages read these.
 */
import type { ChairEntry, CountryMembership, Process } from "./content/types";
import { CHAIRING_ROLES } from "./content/vocabulary";
import { spells, type Spell } from "./membership";

/** A country in one forum: its role in the current lists (if any) and every spell the lists show. */
export interface CountryForum {
  process: Process;
  /** Its place in the current lists; undefined when only older lists name it. */
  current?: CountryMembership;
  spells: Spell[];
  /** As-of dates of the first and the last list that name it. */
  firstListed: string;
  lastListed: string;
}

export interface ChairRecord {
  process: Process;
  entry: ChairEntry;
}

/** How an organisation takes part (CONTRACTS: secretariat types). */
export const ORGANIZATION_ROLES = ["secretariat", "interim-secretariat", "host", "support", "chair", "member", "observer"] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

export interface OrganizationForum {
  process: Process;
  roles: OrganizationRole[];
}

function push<K, V>(index: Map<K, V[]>, key: K, value: V): void {
  const values = index.get(key);
  if (values) values.push(value);
  else index.set(key, [value]);
}

export function forumsByCountry(processes: readonly Process[]): Map<string, CountryForum[]> {
  const index = new Map<string, CountryForum[]>();
  for (const process of processes) {
    const bySpells = new Map<string, Spell[]>();
    for (const spell of spells(process)) push(bySpells, spell.country, spell);
    for (const [country, countrySpells] of bySpells) {
      const asOfs = countrySpells.flatMap((s) => s.lists.map((l) => l.asOf)).sort();
      push(index, country, {
        process,
        current: process.current.memberships.find((m) => m.country === country),
        spells: countrySpells,
        firstListed: asOfs[0],
        lastListed: asOfs.at(-1)!,
      });
    }
  }
  return index;
}

export function chairsByCountry(processes: readonly Process[]): Map<string, ChairRecord[]> {
  const index = new Map<string, ChairRecord[]>();
  for (const process of processes) for (const entry of process.chair) if (entry.country) push(index, entry.country, { process, entry });
  return index;
}

/** Whether a chair entry counts as chairing (the explorer's `chair` filter). */
export function isChairing(entry: ChairEntry): boolean {
  return (CHAIRING_ROLES as readonly string[]).includes(entry.role);
}

export function forumsByOrganization(processes: readonly Process[]): Map<string, OrganizationForum[]> {
  const index = new Map<string, OrganizationForum[]>();
  for (const process of processes) {
    const roles = new Map<string, Set<OrganizationRole>>();
    const add = (id: string, role: OrganizationRole) => {
      const set = roles.get(id) ?? new Set<OrganizationRole>();
      set.add(role);
      roles.set(id, set);
    };
    const { type, organizations, supportOrganizations } = process.secretariat;
    const secretariatRole: OrganizationRole = type === "own" ? "host" : type === "interim" ? "interim-secretariat" : "secretariat";
    organizations.forEach((id) => add(id, secretariatRole));
    supportOrganizations.forEach((id) => add(id, "support"));
    process.chair.forEach((c) => c.organization && add(c.organization, "chair"));
    process.current.memberOrganizations.forEach((id) => add(id, "member"));
    process.current.observerOrganizations.forEach((id) => add(id, "observer"));
    for (const [id, set] of roles) push(index, id, { process, roles: ORGANIZATION_ROLES.filter((r) => set.has(r)) });
  }
  return index;
}

export function groupBy<K>(processes: readonly Process[], keys: (p: Process) => readonly K[]): Map<K, Process[]> {
  const index = new Map<K, Process[]>();
  for (const process of processes) for (const key of new Set(keys(process))) push(index, key, process);
  return index;
}
