/** Display wording for the controlled vocabularies. */
import type { CountryStatus, Kind, Role, Status } from "./content/types";

export const KIND_LABELS: Record<Kind, string> = {
  rcp: "Regional consultative process",
  irf: "Inter-regional forum",
  global: "Global process",
};

export const KIND_SHORT_LABELS: Record<Kind, string> = { rcp: "RCP", irf: "Inter-regional", global: "Global" };

export const KIND_PLURALS: Record<Kind, string> = {
  rcp: "Regional consultative processes",
  irf: "Inter-regional forums",
  global: "Global processes",
};

export const STATUS_LABELS: Record<Status, string> = { active: "Active", inactive: "Inactive", succeeded: "Succeeded" };

export const ROLE_LABELS: Record<Role, string> = { member: "Member", observer: "Observer", partner: "Partner", guest: "Guest" };

export const ROLE_PLURALS: Record<Role, string> = {
  member: "Members",
  observer: "Observer states",
  partner: "Partner states",
  guest: "Guest states",
};

export const COUNTRY_STATUS_LABELS: Record<CountryStatus, string> = {
  "un-member": "UN member state",
  "un-observer": "UN observer state",
  territory: "Territory",
  other: "Other entity",
  historical: "Former state",
};

export const CLAIM_FIELD_LABELS: Record<string, string> = {
  name: "Name",
  foundedYear: "Year founded",
  endedYear: "Year ended",
  memberCount: "Number of members",
  secretariat: "Secretariat",
  kind: "Classification",
  status: "Status",
};

/** "2017-06" → "June 2017"; "2013" → "2013"; "2013-04-19" → "19 April 2013". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split("-");
  if (!month) return year;
  const monthName = new Date(Date.UTC(2000, Number(month) - 1, 1)).toLocaleString("en-GB", { month: "long", timeZone: "UTC" });
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** How a list row sums up participation: member states, else member organisations, else the open-membership flag. */
export function membershipSummary(memberStates: number, memberOrganizations: number, openMembership: boolean): string {
  if (memberStates > 0) return `${memberStates} member state${memberStates === 1 ? "" : "s"}`;
  if (openMembership) return "open membership";
  if (memberOrganizations > 0) return `${memberOrganizations} member organisation${memberOrganizations === 1 ? "" : "s"}`;
  return "no members listed";
}

export function foundedLabel(year: number | null): string {
  return year === null ? "founding year unknown" : `founded ${year}`;
}
