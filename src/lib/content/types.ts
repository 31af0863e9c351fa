/** Types inferred from the schemas, and the resolved shapes the rest of the site works with. */
import type { z } from "zod";
import type {
  ChairSchema,
  ClaimSchema,
  CountriesFileSchema,
  COUNTRY_STATUSES,
  GroupSchema,
  KINDS,
  MeetingSchema,
  NoteSchema,
  OrganizationSchema,
  ProcessFrontmatterSchema,
  REGION_IDS,
  RegionSchema,
  ROLES,
  SourceDocumentSchema,
  StatedCountSchema,
  STATUSES,
  ThemeSchema,
} from "./schema";
import type { CountryRegistry } from "./countryRegistry";

export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type RegionId = (typeof REGION_IDS)[number];
export type CountryStatus = (typeof COUNTRY_STATUSES)[number];

export type ProcessFrontmatter = z.infer<typeof ProcessFrontmatterSchema>;
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export type Region = z.infer<typeof RegionSchema>;
export type Theme = z.infer<typeof ThemeSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type GroupDefinition = z.infer<typeof GroupSchema>;
export type CountriesFile = z.infer<typeof CountriesFileSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type StatedCount = z.infer<typeof StatedCountSchema>;
export type ChairEntry = z.infer<typeof ChairSchema>;

export interface Group extends Omit<GroupDefinition, "members"> {
  members: string[];
}

/** One state's place in a process: direct, or through a group such as eu-28. */
export interface CountryMembership {
  country: string;
  role: Role;
  viaGroup?: string;
}

/** Who took part as one source saw it, with every country reference resolved to a code. */
export interface MembershipSnapshot {
  asOf: string;
  source: string;
  memberships: CountryMembership[];
  memberGroups: { group: string; role: Role; source: string; note?: string }[];
  memberOrganizations: string[];
  observerOrganizations: string[];
  note?: string;
  /** True for the record's current lists (from its newest source), false for an older snapshot. */
  current: boolean;
}

export interface Process {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  name: ProcessFrontmatter["name"];
  acronym?: string;
  formerNames: ProcessFrontmatter["formerNames"];
  kind: Kind;
  regions: RegionId[];
  status: Status;
  statusSource?: ProcessFrontmatter["statusSource"];
  predecessor?: string;
  successor?: string;
  /** null: no source gives a founding year. */
  foundedYear: number | null;
  endedYear?: number;
  /** The current lists, from the newest source. */
  current: MembershipSnapshot;
  /** Older sources' lists, oldest first. */
  snapshots: MembershipSnapshot[];
  openMembership?: ProcessFrontmatter["openMembership"];
  secretariat?: ProcessFrontmatter["secretariat"];
  chair: ChairEntry[];
  websites: string[];
  themes: string[];
  priorities: string[];
  statedCounts: StatedCount[];
  notes: Note[];
  claims: Claim[];
  meetings: Meeting[];
  /** Newest first; the first is the source of the current facts. */
  sources: { id: string; asOf: string }[];
  bodyHtml: string;
}

export interface Registries {
  sources: SourceDocument[];
  regions: Region[];
  themes: Theme[];
  organizations: Organization[];
  groups: Group[];
  countries: CountryRegistry;
}

export interface Content {
  processes: Process[];
  registries: Registries;
}
