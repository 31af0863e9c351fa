/**
 * What a record's dated lists say about who took part when: each country's role at each list, the
 * changes two comparable lists show, spells of one role, and the country × process × date panel.
 *
 * A list says nothing about a role it does not cover, nor about countries it gives only through an
 * unnamed group: such gaps are "not covered", never "left" or "joined" (CONTRACTS.md: Roles).
 */
import type { CountryMembership, MembershipList, Process } from "./content/types";
import { yearOf } from "./content/dates";
import type { Role } from "./content/vocabulary";

/** A country's place in one list: its role, or why it has none. */
export type ListStatus = Role | "not-listed" | "not-covered";

export function roleIn(list: MembershipList, country: string): CountryMembership | undefined {
  return list.memberships.find((m) => m.country === country);
}

/** Roles a list can speak to with certainty: covered, and not partly hidden in an unnamed group. */
export function certainRoles(list: MembershipList): Set<Role> {
  const hidden = new Set(list.unnamedGroups.map((g) => g.role));
  return new Set(list.covers.filter((r) => !hidden.has(r)));
}

/**
 * A country's status in a list. Named: its role. Not named: "not-listed" when the list speaks with
 * certainty to membership (the country is surely not a member), else "not-covered".
 */
export function statusIn(list: MembershipList, country: string): ListStatus {
  const named = roleIn(list, country);
  if (named) return named.role;
  return certainRoles(list).has("member") ? "not-listed" : "not-covered";
}

export type ChangeKind = "joined" | "left" | "role-changed";

export interface MembershipChange {
  country: string;
  change: ChangeKind;
  from: MembershipList;
  to: MembershipList;
  fromRole?: Role;
  toRole?: Role;
}

/**
 * The changes between two consecutive lists that both can show: a join or a departure only where
 * both lists speak with certainty to that role; a role change where both name the country.
 */
export function changesBetween(from: MembershipList, to: MembershipList): MembershipChange[] {
  const certainFrom = certainRoles(from);
  const certainTo = certainRoles(to);
  const changes: MembershipChange[] = [];
  const countries = new Set([...from.memberships, ...to.memberships].map((m) => m.country));
  for (const country of [...countries].sort()) {
    const a = roleIn(from, country)?.role;
    const b = roleIn(to, country)?.role;
    if (a === b) continue;
    if (a && b) changes.push({ country, change: "role-changed", from, to, fromRole: a, toRole: b });
    else if (a && certainFrom.has(a) && certainTo.has(a)) changes.push({ country, change: "left", from, to, fromRole: a });
    else if (b && certainFrom.has(b) && certainTo.has(b)) changes.push({ country, change: "joined", from, to, toRole: b });
  }
  return changes;
}

/** Every change a record's lists show, oldest first. */
export function membershipChanges(process: Process): MembershipChange[] {
  const changes: MembershipChange[] = [];
  for (let i = 1; i < process.lists.length; i++) changes.push(...changesBetween(process.lists[i - 1], process.lists[i]));
  return changes;
}

export interface Spell {
  country: string;
  role: Role;
  first: MembershipList;
  last: MembershipList;
  lists: MembershipList[];
}

/**
 * Runs of consecutive lists that name a country in one role. A list that does not name it in that
 * role ends the run, whether it shows another role or does not cover the role: a spell never spans
 * a list that cannot confirm it.
 */
export function spells(process: Process): Spell[] {
  const result: Spell[] = [];
  const open = new Map<string, Spell>();
  for (const list of process.lists) {
    const here = new Map(list.memberships.map((m) => [`${m.country}|${m.role}`, m]));
    for (const [key, spell] of open) {
      if (!here.has(key)) {
        result.push(spell);
        open.delete(key);
      }
    }
    for (const [key, m] of here) {
      const spell = open.get(key);
      if (spell) {
        spell.last = list;
        spell.lists.push(list);
      } else open.set(key, { country: m.country, role: m.role, first: list, last: list, lists: [list] });
    }
  }
  result.push(...open.values());
  return result.sort((a, b) => a.country.localeCompare(b.country) || a.first.asOf.localeCompare(b.first.asOf) || a.role.localeCompare(b.role));
}

export type PanelStatus = ListStatus | "not-in-existence";

export interface PanelDate {
  /** The list's as-of date, or the source document's own date where the record has no list from it. */
  asOf: string;
  source: string;
  list?: MembershipList;
}

/**
 * The dates of a record's panel: one per source document (in date order), taken from the record's
 * list from that source when it has one. No date is interpolated.
 */
export function panelDates(process: Process, sources: readonly { id: string; date: string }[]): PanelDate[] {
  return [...sources]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((source) => {
      const list = process.lists.find((l) => l.source === source.id);
      return list ? { asOf: list.asOf, source: source.id, list } : { asOf: source.date, source: source.id };
    });
}

/** A country's panel status at one date: from the list where there is one, else why there is none. */
export function panelStatus(process: Process, date: PanelDate, country: string): PanelStatus {
  if (date.list) return statusIn(date.list, country);
  const year = yearOf(date.asOf);
  const beforeFounding = process.foundedYear !== null && year < process.foundedYear;
  const afterEnd = process.endedYear !== undefined && year > process.endedYear;
  return beforeFounding || afterEnd ? "not-in-existence" : "not-covered";
}

/** The countries a record's participant matrix shows: every one named in any of its lists. */
export function matrixCountries(process: Process): string[] {
  return [...new Set(process.lists.flatMap((l) => l.memberships.map((m) => m.country)))];
}

/** How many states a list names in a role. */
export function namedCount(list: MembershipList, role: Role): number {
  return list.memberships.filter((m) => m.role === role).length;
}

/** How many states a list counts in a role through groups it does not name. */
export function unnamedCount(list: MembershipList, role: Role): number {
  return list.unnamedGroups.filter((g) => g.role === role).reduce((n, g) => n + (g.count ?? 0), 0);
}

/** The stated totals of one list beside the number of names the list gives for that role. */
export function statedTotals(process: Process, list: MembershipList): { role: Role; stated: number; named: number; note?: string }[] {
  return process.statedCounts
    .filter((s) => s.source === list.source && s.asOf === list.asOf)
    .map((s) => ({ role: s.role, stated: s.count, named: namedCount(list, s.role), note: s.note }));
}
