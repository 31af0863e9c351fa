/**
 * The content model: every file under content/ is parsed with one of these schemas.
 * Types for the rest of the code are inferred from them (see ./types.ts).
 *
 * Schemas check shape only. References between files (a country code, a theme id, a source id,
 * a predecessor slug) are checked once everything is loaded, in ./crossChecks.ts.
 */
import { z } from "zod";
import { COUNTRY_STATUSES, KINDS, REGION_IDS, ROLES, STATUSES } from "./vocabulary";

export { COUNTRY_STATUSES, KINDS, REGION_IDS, ROLES, STATUSES };

export const FIRST_YEAR = 1980;
export const CURRENT_YEAR = new Date().getFullYear();

export const CLAIM_FIELDS = ["name", "foundedYear", "endedYear", "memberCount", "secretariat", "kind", "status"] as const;
export const MEETING_TYPES = ["ministerial", "senior-officials", "summit", "working-group", "declaration", "other"] as const;

const kebabId = z
  .string()
  .regex(/^[a-z0-9]+(?:[-+][a-z0-9]+)*$/, "must be lower-case kebab-case, e.g. labour-migration");
const nonEmpty = z.string().trim().min(1, "must not be empty");

export const SlugSchema = kebabId;
export const SourceIdSchema = kebabId;
export const ThemeIdSchema = kebabId;
export const OrganizationIdSchema = kebabId;
export const GroupIdSchema = kebabId;
export const RegionIdSchema = z.enum(REGION_IDS);
export const KindSchema = z.enum(KINDS);
export const StatusSchema = z.enum(STATUSES);
export const RoleSchema = z.enum(ROLES);

/** YAML reads `asOf: 2017` as a number; a bare year is still a valid date. */
function yearAsText(value: unknown): unknown {
  return typeof value === "number" ? String(value) : value;
}

/** A year or a year and month: `2017` or `2017-06`. */
export const AsOfSchema = z.preprocess(
  yearAsText,
  z
    .string()
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/, "must be YYYY or YYYY-MM, e.g. 2017-06"),
);

/** A meeting date may also give the day. */
export const DateSchema = z.preprocess(
  yearAsText,
  z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD"),
);

export const YearSchema = z
  .number()
  .int("must be a whole year")
  .min(FIRST_YEAR, `must be ${FIRST_YEAR} or later`)
  .max(CURRENT_YEAR, `must not be after ${CURRENT_YEAR}`);

/** A country as written in a record: an alpha-3 code or any variant name the registry knows. */
export const CountryRefSchema = nonEmpty;

export const HttpUrlSchema = z.url({ protocol: /^https?$/, error: "must be a full http(s) URL" });

const countryList = z.array(CountryRefSchema).default([]);
const organizationList = z.array(OrganizationIdSchema).default([]);

export const SourceCitationSchema = z.strictObject({
  id: SourceIdSchema,
  asOf: AsOfSchema,
});

/** "28 EU Member States": a membership given only as a group, expanded through the groups registry. */
export const GroupReferenceSchema = z.strictObject({
  group: GroupIdSchema,
  role: RoleSchema.default("member"),
  source: SourceIdSchema,
  note: nonEmpty.optional(),
});

export const StatedCountSchema = z.strictObject({
  role: RoleSchema,
  count: z.number().int().min(0),
  source: SourceIdSchema,
  asOf: AsOfSchema,
  /** Why the stated total and the named list differ, when they do. */
  note: nonEmpty.optional(),
});

export const ClaimSchema = z.strictObject({
  field: z.enum(CLAIM_FIELDS),
  value: z.union([z.string().min(1), z.number()]),
  source: SourceIdSchema,
  asOf: AsOfSchema,
  note: nonEmpty.optional(),
});

/** Who takes part, by role: the same fields for the current lists and for every dated snapshot. */
const participantLists = {
  members: countryList,
  memberGroups: z.array(GroupReferenceSchema).default([]),
  observerStates: countryList,
  partnerStates: countryList,
  guestStates: countryList,
  memberOrganizations: organizationList,
  observerOrganizations: organizationList,
};

export const SnapshotSchema = z.strictObject({
  asOf: AsOfSchema,
  source: SourceIdSchema,
  ...participantLists,
  note: nonEmpty.optional(),
});

export const MeetingSchema = z.strictObject({
  date: DateSchema,
  type: z.enum(MEETING_TYPES),
  title: nonEmpty,
  place: nonEmpty.optional(),
  source: SourceIdSchema,
});

export const ChairSchema = z
  .strictObject({
    title: nonEmpty.default("Chair"),
    country: CountryRefSchema.optional(),
    organization: OrganizationIdSchema.optional(),
    note: nonEmpty.optional(),
  })
  .refine((c) => Boolean(c.country) !== Boolean(c.organization), {
    message: "give exactly one of country or organization",
  });

export const SecretariatSchema = z
  .strictObject({
    organization: OrganizationIdSchema.optional(),
    note: nonEmpty.optional(),
  })
  .refine((s) => s.organization !== undefined || s.note !== undefined, {
    message: "give an organization id or a note",
  });

export const NoteSchema = z.strictObject({
  text: nonEmpty,
  source: SourceIdSchema.optional(),
});

export const ProcessFrontmatterSchema = z
  .strictObject({
    name: z.strictObject({ en: nonEmpty, fr: nonEmpty.optional(), es: nonEmpty.optional() }),
    acronym: nonEmpty.optional(),
    formerNames: z
      .array(z.strictObject({ name: nonEmpty, until: YearSchema.optional(), source: SourceIdSchema }))
      .default([]),
    kind: KindSchema,
    regions: z.array(RegionIdSchema).min(1, "list at least one region"),
    status: StatusSchema,
    statusSource: z.strictObject({ source: SourceIdSchema, asOf: AsOfSchema, note: nonEmpty.optional() }).optional(),
    predecessor: SlugSchema.optional(),
    successor: SlugSchema.optional(),
    /** `null` where no source gives a founding year (write `foundedYear: null` and say so in notes). */
    foundedYear: YearSchema.nullable(),
    endedYear: YearSchema.optional(),
    ...participantLists,
    openMembership: z.strictObject({ description: nonEmpty, source: SourceIdSchema }).optional(),
    secretariat: SecretariatSchema.optional(),
    chair: z.array(ChairSchema).default([]),
    websites: z.array(HttpUrlSchema).default([]),
    themes: z.array(ThemeIdSchema).min(1, "tag at least one theme"),
    priorities: z.array(nonEmpty).default([]),
    statedCounts: z.array(StatedCountSchema).default([]),
    notes: z.array(NoteSchema).default([]),
    claims: z.array(ClaimSchema).default([]),
    snapshots: z.array(SnapshotSchema).default([]),
    meetings: z.array(MeetingSchema).default([]),
    sources: z.array(SourceCitationSchema).min(1, "cite at least one source"),
    /** Where the current lists (members, observers, chair…) come from when it is not the newest source cited. */
    currentSource: SourceCitationSchema.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.status === "succeeded" && !p.successor) {
      ctx.addIssue({ code: "custom", path: ["successor"], message: "a succeeded process must name its successor" });
    }
    if (p.status !== "active" && !p.statusSource) {
      ctx.addIssue({
        code: "custom",
        path: ["statusSource"],
        message: `status "${p.status}" needs statusSource (the source and date that say so)`,
      });
    }
    if (p.endedYear !== undefined && p.foundedYear !== null && p.endedYear < p.foundedYear) {
      ctx.addIssue({ code: "custom", path: ["endedYear"], message: "must not be before foundedYear" });
    }
    if (p.status === "active" && p.endedYear !== undefined) {
      ctx.addIssue({ code: "custom", path: ["endedYear"], message: "an active process has no endedYear" });
    }
    p.claims.forEach((claim, i) => {
      const numeric = claim.field === "foundedYear" || claim.field === "endedYear" || claim.field === "memberCount";
      if (numeric && typeof claim.value !== "number") {
        ctx.addIssue({ code: "custom", path: ["claims", i, "value"], message: `a ${claim.field} claim must be a number` });
      }
      if (claim.field === "kind" && !(KINDS as readonly unknown[]).includes(claim.value)) {
        ctx.addIssue({
          code: "custom",
          path: ["claims", i, "value"],
          message: `a kind claim must be one of ${KINDS.join(", ")}`,
        });
      }
    });
  });

// ---------- registries (content/registries/*.yaml) ----------

export const SourceDocumentSchema = z.strictObject({
  id: SourceIdSchema,
  shortTitle: nonEmpty,
  title: nonEmpty,
  author: nonEmpty,
  date: AsOfSchema,
  dateLabel: nonEmpty,
  language: nonEmpty,
  file: nonEmpty,
  covers: nonEmpty,
});

export const RegionSchema = z.strictObject({
  id: RegionIdSchema,
  name: nonEmpty,
  description: nonEmpty,
});

export const ThemeSchema = z.strictObject({
  id: ThemeIdSchema,
  name: nonEmpty,
  definition: nonEmpty,
});

export const OrganizationSchema = z.strictObject({
  id: OrganizationIdSchema,
  name: nonEmpty,
  acronym: nonEmpty.optional(),
  variants: z.array(nonEmpty).default([]),
  website: HttpUrlSchema.optional(),
});

export const GroupSchema = z.strictObject({
  id: GroupIdSchema,
  name: nonEmpty,
  asOf: AsOfSchema,
  members: z.array(CountryRefSchema).min(1),
  note: nonEmpty.optional(),
});

/** Corrections and additions to the country list that comes from the `world-countries` package. */
export const CountryOverrideSchema = z.strictObject({
  code: z.string().regex(/^[A-Z]{3}$/, "must be an upper-case ISO 3166 alpha-3 code"),
  /** Present when the package lacks the entity or its name is not the one we show. */
  name: nonEmpty.optional(),
  status: z.enum(COUNTRY_STATUSES).optional(),
  variants: z.array(nonEmpty).default([]),
  note: nonEmpty.optional(),
});

export const CountriesFileSchema = z.strictObject({
  /** Package entries left out: uninhabited or never relevant to a forum. */
  exclude: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
  /** Package codes we replace with ours (world-countries codes Kosovo `UNK`; ours is `XKX`). */
  recode: z.record(z.string().regex(/^[A-Z]{3}$/), z.string().regex(/^[A-Z]{3}$/)).default({}),
  overrides: z.array(CountryOverrideSchema).default([]),
  /** Names that could mean more than one country: a record must write the code instead. */
  ambiguous: z.array(z.strictObject({ name: nonEmpty, candidates: z.array(z.string()).min(2) })).default([]),
});
