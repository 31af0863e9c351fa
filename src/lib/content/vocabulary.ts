/**
 * The controlled vocabularies: the one place each list of allowed values is written. Free of zod so
 * that browser code can import it; every other module imports vocabularies from here.
 */
export const KINDS = ["rcp", "irf", "global"] as const;
export const STATUSES = ["active", "inactive", "succeeded", "unknown"] as const;
export const ROLES = ["member", "observer", "partner", "guest"] as const;
export const REGION_IDS = ["africa", "americas", "asia-pacific", "europe", "middle-east", "mediterranean", "global"] as const;
export const COUNTRY_STATUSES = ["un-member", "un-observer", "territory", "other", "historical"] as const;
export const SECRETARIAT_TYPES = ["own", "organization", "interim", "chair", "none", "unknown"] as const;
export const CHAIR_ROLES = ["chair", "co-chair", "vice-chair", "incoming-chair", "outgoing-chair", "troika", "coordinator"] as const;
/** Who a forum with open membership is open to. */
export const OPEN_MEMBERSHIP_SCOPES = ["un-member-states", "iom-member-states", "other"] as const;
export const MEETING_TYPES = ["ministerial", "senior-officials", "summit", "working-group", "declaration", "other"] as const;
export const LOCALES = ["en", "fr", "es"] as const;

/**
 * Fields a source may give a value for where sources disagree. `event` claims also carry a `label`
 * naming the event ("Second High-level Dialogue"), so two claims about one event can be compared.
 */
export const CLAIM_FIELDS = [
  "name",
  "kind",
  "status",
  "foundedYear",
  "endedYear",
  "memberCount",
  "secretariat",
  "chair",
  "launchedBy",
  "event",
] as const;

/** Chair roles that count as chairing a forum (the explorer's `chair` filter, a country's "Chairs"). */
export const CHAIRING_ROLES = ["chair", "co-chair"] as const satisfies readonly (typeof CHAIR_ROLES)[number][];

export type Kind = (typeof KINDS)[number];
export type Status = (typeof STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type RegionId = (typeof REGION_IDS)[number];
export type CountryStatus = (typeof COUNTRY_STATUSES)[number];
export type SecretariatType = (typeof SECRETARIAT_TYPES)[number];
export type ChairRole = (typeof CHAIR_ROLES)[number];
export type OpenMembershipScope = (typeof OPEN_MEMBERSHIP_SCOPES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type ClaimField = (typeof CLAIM_FIELDS)[number];
export type Locale = (typeof LOCALES)[number];
