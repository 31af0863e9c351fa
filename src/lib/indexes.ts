/**
 * Indexes over the loaded processes: by country, region, theme, organisation and source.
 * Built from the typed objects the loader returns; pages read these, never the files.
 */
import type { CountryMembership, Kind, Process, RegionId, Role } from "./content/types";

export interface CountryForum {
  process: Process;
  role: Role;
  viaGroup?: string;
  asOf: string;
  source: string;
}

export type OrganizationRole = "member" | "observer" | "secretariat" | "chair";

export interface OrganizationForum {
  process: Process;
  roles: OrganizationRole[];
}

export function membersOf(process: Process, role: Role = "member"): CountryMembership[] {
  return process.current.memberships.filter((m) => m.role === role);
}

export function memberCount(process: Process): number {
  return membersOf(process).length;
}

export function forumsByCountry(processes: readonly Process[]): Map<string, CountryForum[]> {
  const index = new Map<string, CountryForum[]>();
  for (const process of processes) {
    for (const m of process.current.memberships) {
      const forums = index.get(m.country) ?? [];
      forums.push({ process, role: m.role, viaGroup: m.viaGroup, asOf: process.current.asOf, source: process.current.source });
      index.set(m.country, forums);
    }
  }
  return index;
}

export function processesByRegion(processes: readonly Process[]): Map<RegionId, Process[]> {
  return groupMany(processes, (p) => p.regions);
}

export function processesByTheme(processes: readonly Process[]): Map<string, Process[]> {
  return groupMany(processes, (p) => p.themes);
}

export function processesByKind(processes: readonly Process[]): Map<Kind, Process[]> {
  return groupMany(processes, (p) => [p.kind]);
}

export function processesBySource(processes: readonly Process[]): Map<string, Process[]> {
  return groupMany(processes, (p) => p.sources.map((s) => s.id));
}

export function forumsByOrganization(processes: readonly Process[]): Map<string, OrganizationForum[]> {
  const index = new Map<string, OrganizationForum[]>();
  for (const process of processes) {
    const roles = new Map<string, OrganizationRole[]>();
    const add = (id: string, role: OrganizationRole) => roles.set(id, [...(roles.get(id) ?? []), role]);
    process.current.memberOrganizations.forEach((id) => add(id, "member"));
    process.current.observerOrganizations.forEach((id) => add(id, "observer"));
    if (process.secretariat?.organization) add(process.secretariat.organization, "secretariat");
    process.chair.forEach((c) => c.organization && add(c.organization, "chair"));
    for (const [id, r] of roles) index.set(id, [...(index.get(id) ?? []), { process, roles: [...new Set(r)] }]);
  }
  return index;
}

function groupMany<K, T>(items: readonly T[], keys: (item: T) => readonly K[]): Map<K, T[]> {
  const index = new Map<K, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) index.set(key, [...(index.get(key) ?? []), item]);
  }
  return index;
}
