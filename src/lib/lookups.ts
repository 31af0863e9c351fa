/**
 * Shaping for the static lookup pages (countries, regions, themes, organisations): grouping and the
 * sentences that summarise a lookup. Pages render what these return.
 */
import { KINDS } from "./content/vocabulary";
import type { Process } from "./content/types";
import type { CountryForum, OrganizationForum, OrganizationRole } from "./indexes";
import { KIND_LABELS, KIND_PLURALS } from "./labels";

/** The letter a name is filed under in an A–Z list: accents folded ("Åland" → A), anything else "#". */
export function initialOf(name: string): string {
  const first = name.normalize("NFD").replace(/\p{Diacritic}/gu, "").trim().charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : "#";
}

export interface InitialGroup<T> {
  initial: string;
  items: T[];
}

/** Items sorted by name and filed under their initials, in alphabetical order of initial. */
export function groupByInitial<T>(items: readonly T[], nameOf: (item: T) => string): InitialGroup<T>[] {
  const sorted = [...items].sort((a, b) => nameOf(a).localeCompare(nameOf(b), "en"));
  const groups = new Map<string, T[]>();
  for (const item of sorted) {
    const initial = initialOf(nameOf(item));
    groups.set(initial, [...(groups.get(initial) ?? []), item]);
  }
  return [...groups].map(([initial, grouped]) => ({ initial, items: grouped })).sort((a, b) => a.initial.localeCompare(b.initial, "en"));
}

export function byProcessName(a: Process, b: Process): number {
  return a.name.en.localeCompare(b.name.en, "en");
}

export function sortedProcesses(processes: readonly Process[]): Process[] {
  return [...processes].sort(byProcessName);
}

export type CountryRoleGroupKey = "member" | "member-via-group" | "observer" | "partner" | "guest";

export const COUNTRY_ROLE_GROUP_LABELS: Record<CountryRoleGroupKey, string> = {
  member: "Member",
  "member-via-group": "Member via a group",
  observer: "Observer",
  partner: "Partner",
  guest: "Guest",
};

const COUNTRY_ROLE_GROUP_ORDER = Object.keys(COUNTRY_ROLE_GROUP_LABELS) as CountryRoleGroupKey[];

export interface CountryRoleGroup {
  key: CountryRoleGroupKey;
  label: string;
  forums: CountryForum[];
}

function roleGroupKey(forum: CountryForum): CountryRoleGroupKey {
  if (forum.role === "member" && forum.viaGroup) return "member-via-group";
  return forum.role;
}

/** A country's forums by how it takes part, each group in name order; empty groups left out. */
export function groupCountryForums(forums: readonly CountryForum[]): CountryRoleGroup[] {
  return COUNTRY_ROLE_GROUP_ORDER.map((key) => ({
    key,
    label: COUNTRY_ROLE_GROUP_LABELS[key],
    forums: forums.filter((f) => roleGroupKey(f) === key).sort((a, b) => byProcessName(a.process, b.process)),
  })).filter((group) => group.forums.length > 0);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function forumCountLabel(count: number): string {
  return count === 0 ? "no forums" : plural(count, "forum", "forums");
}

export function processCountLabel(count: number): string {
  return plural(count, "process", "processes");
}

/** "Eswatini takes part in 3 of the 43 migration consultation mechanisms recorded here: member of 2, observer in 1." */
export function describeCountry(name: string, forums: readonly CountryForum[], totalProcesses: number): string {
  if (forums.length === 0) return `${name} is not listed as taking part in any of the ${totalProcesses} mechanisms recorded here.`;
  const count = (role: CountryForum["role"]) => forums.filter((f) => f.role === role).length;
  const parts = [
    ["member of", count("member")],
    ["observer in", count("observer")],
    ["partner in", count("partner")],
    ["guest in", count("guest")],
  ]
    .filter(([, n]) => n !== 0)
    .map(([words, n]) => `${words} ${n}`);
  return `${name} takes part in ${forums.length} of the ${totalProcesses} migration consultation mechanisms recorded here: ${parts.join(", ")}.`;
}

export const ORGANIZATION_ROLE_LABELS: Record<OrganizationRole, string> = {
  secretariat: "As secretariat",
  chair: "As chair",
  member: "As member",
  observer: "As observer",
};

const ORGANIZATION_ROLE_ORDER = Object.keys(ORGANIZATION_ROLE_LABELS) as OrganizationRole[];

export interface OrganizationRoleGroup {
  role: OrganizationRole;
  label: string;
  processes: Process[];
}

/** An organisation's processes under each role it holds; a process appears under every role it holds. */
export function groupOrganizationForums(forums: readonly OrganizationForum[]): OrganizationRoleGroup[] {
  return ORGANIZATION_ROLE_ORDER.map((role) => ({
    role,
    label: ORGANIZATION_ROLE_LABELS[role],
    processes: sortedProcesses(forums.filter((f) => f.roles.includes(role)).map((f) => f.process)),
  })).filter((group) => group.processes.length > 0);
}

const ORGANIZATION_ROLE_PHRASES: Record<OrganizationRole, string> = {
  secretariat: "secretariat of",
  chair: "chair of",
  member: "member of",
  observer: "observer in",
};

/** "ICMPD is secretariat of 5 and observer in 6 of the 43 migration consultation mechanisms recorded here." */
export function describeOrganization(name: string, forums: readonly OrganizationForum[], totalProcesses: number): string {
  const groups = groupOrganizationForums(forums);
  if (groups.length === 0) {
    return `${name} is not recorded as a member, observer, secretariat or chair of any of the ${totalProcesses} mechanisms here.`;
  }
  const parts = groups.map((g) => `${ORGANIZATION_ROLE_PHRASES[g.role]} ${g.processes.length}`);
  return `${name} is ${joinAnd(parts)} of the ${totalProcesses} migration consultation mechanisms recorded here.`;
}

/** "7 regional consultative processes and 8 inter-regional forums" */
export function kindCountsPhrase(processes: readonly Process[]): string {
  const parts = KINDS.map((kind) => {
    const count = processes.filter((p) => p.kind === kind).length;
    return count === 0 ? "" : `${count} ${count === 1 ? KIND_LABELS[kind].toLowerCase() : KIND_PLURALS[kind].toLowerCase()}`;
  }).filter(Boolean);
  return parts.length ? joinAnd(parts) : "no processes";
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join("") : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}
