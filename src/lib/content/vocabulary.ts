/** The controlled vocabularies, free of zod so that browser code can import them. */
export const KINDS = ["rcp", "irf", "global"] as const;
export const STATUSES = ["active", "inactive", "succeeded"] as const;
export const ROLES = ["member", "observer", "partner", "guest"] as const;
export const REGION_IDS = [
  "africa",
  "americas",
  "asia-pacific",
  "europe",
  "middle-east",
  "mediterranean",
  "global",
] as const;
export const COUNTRY_STATUSES = ["un-member", "un-observer", "territory", "other", "historical"] as const;
