/**
 * Types of the content, inferred from the schemas (./schema.ts), plus what resolution adds. A new
 * record field is written in the schema; it reaches `Process` through the spread in ./load.ts.
 */
import type { z } from "zod";
import type { PartialDate } from "./dates";
import type {
  CountriesFileSchema,
  GroupSchema,
  NotIncludedSchema,
  OrganizationSchema,
  processSchema,
  RegionSchema,
  SourceDocumentSchema,
  ThemeSchema,
} from "./schema";
import type { Role } from "./vocabulary";

export type * from "./vocabulary";

export type ProcessFrontmatter = z.output<ReturnType<typeof processSchema>>;
export type SourceDocument = z.output<typeof SourceDocumentSchema>;
export type Region = z.output<typeof RegionSchema>;
export type Theme = z.output<typeof ThemeSchema>;
export type Organization = z.output<typeof OrganizationSchema>;
export type GroupDefinition = z.output<typeof GroupSchema>;
export type CountriesFile = z.output<typeof CountriesFileSchema>;
export type NotIncluded = z.output<typeof NotIncludedSchema>;

export type Claim = ProcessFrontmatter["claims"][number];
export type Meeting = ProcessFrontmatter["meetings"][number];
export type Note = ProcessFrontmatter["notes"][number];
export type StatedCount = ProcessFrontmatter["statedCounts"][number];
export type ChairEntry = ProcessFrontmatter["chair"][number];
export type Secretariat = ProcessFrontmatter["secretariat"];
export type Citation = ProcessFrontmatter["sources"][number];
export type GroupReference = ProcessFrontmatter["memberGroups"][number];
export type UnnamedGroup = ProcessFrontmatter["unnamedGroups"][number];

/** The participant fields of a dated list, as written in a record (top level or a snapshot). */
export const PARTICIPANT_FIELDS = [
  "covers",
  "members",
  "memberGroups",
  "unnamedGroups",
  "observerStates",
  "partnerStates",
  "guestStates",
  "memberOrganizations",
  "observerOrganizations",
] as const;
export type ParticipantField = (typeof PARTICIPANT_FIELDS)[number];

/** One state's place in a list: named directly, or through a group such as eu-28. */
export interface CountryMembership {
  country: string;
  role: Role;
  viaGroup?: string;
}

/** Who took part as one source listed it, every country resolved to its code. */
export interface MembershipList {
  asOf: PartialDate;
  source: string;
  /** True for the record's current lists; false for an older snapshot. */
  current: boolean;
  /** Every role this list's source gives at all (member always; a role with names always). */
  covers: Role[];
  memberships: CountryMembership[];
  memberGroups: GroupReference[];
  unnamedGroups: UnnamedGroup[];
  memberOrganizations: string[];
  observerOrganizations: string[];
  note?: string;
}

export type Process = Omit<ProcessFrontmatter, ParticipantField | "snapshots" | "currentSource"> & {
  slug: string;
  /** Path relative to the project root, e.g. content/processes/midsa.md */
  file: string;
  /** The current lists. */
  current: MembershipList;
  /** Every dated list, oldest first, ending with the current lists. */
  lists: MembershipList[];
  /** The as-of date of the newest source describing the record. */
  lastReported: PartialDate;
  /** YYYY-MM-DD of the last commit that changed the file, where git knows it. */
  lastEdited?: string;
  /** The Markdown body, and the file line it starts on. */
  body: string;
  bodyFirstLine: number;
};
