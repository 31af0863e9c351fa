/**
 * The content model: one zod schema per kind of file under content/. The process schema is built
 * from the registries (`processSchema(references)`), so an unknown theme, country, organisation or
 * source is a zod issue like a missing field: one parse reports a file's structural and reference
 * problems together. Messages come from the error catalogue (./errors.ts) through `fail()`.
 *
 * Types for the rest of the code are inferred from these schemas (./types.ts).
 */
import { z } from "zod";
import { ERRORS, fail, suggestion } from "./errors";
import { isRealDate, notAfter, type PartialDate } from "./dates";
import {
  CHAIR_ROLES,
  CLAIM_FIELDS,
  COUNTRY_STATUSES,
  KINDS,
  MEETING_TYPES,
  OPEN_MEMBERSHIP_SCOPES,
  REGION_IDS,
  ROLES,
  SECRETARIAT_TYPES,
  STATUSES,
} from "./vocabulary";

/** No consultation mechanism on migration predates the United Nations. */
export const FIRST_YEAR = 1945;

const KEBAB = /^[a-z0-9]+(?:[-+][a-z0-9]+)*$/;
export const ALPHA3 = /^[A-Z]{3}$/;

export const kebabId = z.string().regex(KEBAB, { error: () => fail(ERRORS.NotKebab) });
const text = z.string().trim().min(1, { error: () => fail(ERRORS.EmptyText) });

/** YAML reads `asOf: 2017` as a number; a bare year is still a valid date. */
function yearAsText(value: unknown): unknown {
  return typeof value === "number" && Number.isInteger(value) ? String(value) : value;
}

const isAsOf = (v: string) => /^\d{4}(?:-\d{2})?$/.test(v) && isRealDate(v);
const isDate = (v: string) => /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(v) && isRealDate(v);

/** A year or a year and month: `2017` or `2017-06`. */
export const AsOfSchema = z.preprocess(yearAsText, z.string().refine(isAsOf, { error: (iss) => fail(ERRORS.BadAsOf, String(iss.input)) }));

/** A meeting date may also give the day; it must be a real calendar date. */
export const DateSchema = z.preprocess(yearAsText, z.string().refine(isDate, { error: (iss) => fail(ERRORS.BadDate, String(iss.input)) }));

export const RegionIdSchema = z.enum(REGION_IDS);
export const RoleSchema = z.enum(ROLES);

/** Every registry a record refers to, as the loader found it (entries that failed still count as known ids). */
export interface References {
  themes: ReadonlySet<string>;
  organizations: ReadonlySet<string>;
  groups: ReadonlySet<string>;
  /** Group id → its member codes (for groups that loaded). */
  groupMembers: ReadonlyMap<string, readonly string[]>;
  /** Source id → the document's own date. */
  sources: ReadonlyMap<string, PartialDate>;
  /** The newest source document's date: a record last reported before it cannot be "active". */
  newestSourceDate: PartialDate;
  /** Resolves a code or a known variant name to an alpha-3 code. */
  resolveCountry: (reference: string) => { ok: true; code: string } | { ok: false; message: string; name: keyof typeof ERRORS };
  /** YYYY-MM-DD: no date may lie after it. */
  today: string;
}

export function yearSchema(today: string) {
  const maxYear = Number(today.slice(0, 4));
  return z
    .number({ error: (iss) => (iss.input === undefined ? fail(ERRORS.MissingField) : fail(ERRORS.NotAYear, String(iss.input))) })
    .int({ error: (iss) => fail(ERRORS.NotAYear, String(iss.input)) })
    .min(FIRST_YEAR, { error: (iss) => fail(ERRORS.YearOutOfRange, String(iss.input), FIRST_YEAR, maxYear) })
    .max(maxYear, { error: (iss) => fail(ERRORS.YearOutOfRange, String(iss.input), FIRST_YEAR, maxYear) });
}

// ---------- registries (content/registries/*.yaml) ----------

export const SourceDocumentSchema = z.strictObject({
  id: kebabId,
  /** How pages cite it to people: author–date, e.g. "IOM 2017". */
  label: text,
  shortTitle: text,
  title: text,
  author: text,
  date: AsOfSchema,
  dateLabel: text,
  language: text,
  file: text,
  covers: text,
});

/** French and Spanish forms of a registry entry's name and its one-line text. */
const describedIn = z.strictObject({ name: text, description: text });
const definedIn = z.strictObject({ name: text, definition: text });

export const RegionSchema = z.strictObject({
  id: RegionIdSchema,
  name: text,
  description: text,
  translations: z.strictObject({ fr: describedIn, es: describedIn }).optional(),
});

export const ThemeSchema = z.strictObject({
  id: kebabId,
  name: text,
  definition: text,
  translations: z.strictObject({ fr: definedIn, es: definedIn }).optional(),
});

export const OrganizationSchema = z.strictObject({
  id: kebabId,
  name: text,
  acronym: text.optional(),
  variants: z.array(text).default([]),
  website: z.url({ protocol: /^https?$/, error: () => fail(ERRORS.BadUrl) }).optional(),
});

/** A group a source names instead of its countries, expanded only from a list that a source gives. */
export const GroupSchema = z.strictObject({
  id: kebabId,
  name: text,
  asOf: AsOfSchema,
  /** The source list the members are taken from: which document, and where in it. */
  membersFrom: z.strictObject({ source: kebabId, where: text }),
  members: z.array(text).min(1, { error: () => fail(ERRORS.EmptyList) }),
  note: text.optional(),
});

export const CountryOverrideSchema = z.strictObject({
  code: z.string().regex(ALPHA3, { error: () => fail(ERRORS.NotAlpha3) }),
  /** The UN short name (CONTRACTS: country display name), where it differs from the package's. */
  name: text.optional(),
  names: z.strictObject({ fr: text.optional(), es: text.optional() }).optional(),
  status: z.enum(COUNTRY_STATUSES).optional(),
  variants: z.array(text).default([]),
  note: text.optional(),
  /** For an entity the package lacks: where to draw it on a map. */
  latlng: z.tuple([z.number(), z.number()]).optional(),
});

export const CountriesFileSchema = z.strictObject({
  exclude: z.array(z.string().regex(ALPHA3, { error: () => fail(ERRORS.NotAlpha3) })).default([]),
  recode: z.record(z.string().regex(ALPHA3), z.string().regex(ALPHA3, { error: () => fail(ERRORS.NotAlpha3) })).default({}),
  overrides: z.array(CountryOverrideSchema).default([]),
  ambiguous: z.array(z.strictObject({ name: text, candidates: z.array(z.string()).min(2) })).default([]),
});

export const VariantSchema = z.strictObject({
  name: text,
  code: z.string().regex(ALPHA3, { error: () => fail(ERRORS.NotAlpha3) }),
});

/** A mechanism the sources name that has no record, and why (the About page lists them). */
export const NotIncludedSchema = z.strictObject({
  name: text,
  acronym: text.optional(),
  source: kebabId,
  where: text,
  reason: text,
});

// ---------- process records (content/processes/<slug>.md) ----------

export function processSchema(refs: References) {
  const year = yearSchema(refs.today);
  const known = (set: ReadonlySet<string>, error: (id: string, hint: string) => string) =>
    kebabIdOrSuggest(set, error);
  const themeId = known(refs.themes, (id, hint) => fail(ERRORS.UnknownTheme, id, hint));
  const organizationId = known(refs.organizations, (id, hint) => fail(ERRORS.UnknownOrganization, id, hint));
  const groupId = known(refs.groups, (id, hint) => fail(ERRORS.UnknownGroup, id, hint));
  const sourceId = known(new Set(refs.sources.keys()), (id, hint) => fail(ERRORS.UnknownSource, id, hint));

  const country = text.superRefine((value, ctx) => {
    const resolved = refs.resolveCountry(value);
    if (!resolved.ok) ctx.addIssue({ code: "custom", message: resolved.message, params: { error: resolved.name } });
  });
  const countryList = z.array(country).default([]);
  const organizationList = z.array(organizationId).default([]);
  // A malformed date is reported once, as malformed, not also as "after today".
  const asOf = AsOfSchema.refine((v) => typeof v !== "string" || !isAsOf(v) || notAfter(v, refs.today), {
    error: (iss) => fail(ERRORS.DateInFuture, String(iss.input)),
  });

  const citation = z.strictObject({ id: sourceId, asOf });
  const groupReference = z.strictObject({ group: groupId, role: RoleSchema.default("member"), source: sourceId, note: text.optional() });
  /** A group the source names without naming its countries: shown with its count, credited to no country. */
  const unnamedGroup = z.strictObject({
    name: text,
    count: z.number().int().min(1).optional(),
    role: RoleSchema.default("member"),
    source: sourceId,
    note: text.optional(),
  });

  const participantLists = {
    /**
     * Roles the list's source gives at all (default: members). A role with names is covered whether
     * listed here or not; `covers: []` says the source gives no list (an open-membership forum).
     */
    covers: z.array(RoleSchema).optional(),
    members: countryList,
    memberGroups: z.array(groupReference).default([]),
    unnamedGroups: z.array(unnamedGroup).default([]),
    observerStates: countryList,
    partnerStates: countryList,
    guestStates: countryList,
    memberOrganizations: organizationList,
    observerOrganizations: organizationList,
  };

  const claimBase = { source: sourceId, asOf, note: text.optional() };
  const claim = z.discriminatedUnion(
    "field",
    [
      z.strictObject({ field: z.literal("name"), value: text, ...claimBase }),
      z.strictObject({ field: z.literal("secretariat"), value: text, ...claimBase }),
      z.strictObject({ field: z.literal("chair"), value: text, ...claimBase }),
      z.strictObject({ field: z.literal("launchedBy"), value: text, ...claimBase }),
      z.strictObject({ field: z.literal("kind"), value: z.enum(KINDS), ...claimBase }),
      z.strictObject({ field: z.literal("status"), value: z.enum(STATUSES), ...claimBase }),
      z.strictObject({ field: z.literal("foundedYear"), value: year, ...claimBase }),
      z.strictObject({ field: z.literal("endedYear"), value: year, ...claimBase }),
      z.strictObject({
        field: z.literal("memberCount"),
        /** A number, or the source's words where it gives none ("nearly 60"). */
        value: z.union([z.number().int().min(0, { error: () => fail(ERRORS.NegativeCount) }), text]),
        ...claimBase,
      }),
      z.strictObject({ field: z.literal("event"), label: text, value: z.union([text, z.number().int()]), ...claimBase }),
    ],
    { error: (iss) => (iss.code === "invalid_union" ? fail(ERRORS.UnknownClaimField, CLAIM_FIELDS.join(", ")) : undefined) },
  );

  const chairEntry = z.strictObject({
    country: country.optional(),
    organization: organizationId.optional(),
    role: z.enum(CHAIR_ROLES),
    asOf,
    source: sourceId,
    note: text.optional(),
  });

  return z
    .strictObject({
      name: z.strictObject({ en: text, fr: text.optional(), es: text.optional() }),
      acronym: text.optional(),
      formerNames: z.array(z.strictObject({ name: text, until: year.optional(), source: sourceId })).default([]),
      kind: z.enum(KINDS),
      regions: z.array(RegionIdSchema).min(1, { error: () => fail(ERRORS.EmptyList) }),
      status: z.enum(STATUSES),
      statusAsOf: asOf,
      statusSource: sourceId,
      statusNote: text.optional(),
      predecessor: kebabId.optional(),
      successor: kebabId.optional(),
      /** `null` where no source gives a founding year: then `foundedNote` says so. */
      foundedYear: year.nullable(),
      foundedNote: text.optional(),
      endedYear: year.optional(),
      ...participantLists,
      openMembership: z.strictObject({ scope: z.enum(OPEN_MEMBERSHIP_SCOPES), description: text, source: sourceId }).optional(),
      secretariat: z.strictObject({
        type: z.enum(SECRETARIAT_TYPES),
        /** The organisations that are the secretariat, host it, or act for it (by type). */
        organizations: organizationList,
        /** Organisations that only support it. */
        supportOrganizations: organizationList,
        text: text.optional(),
        source: sourceId.optional(),
      }),
      chair: z.array(chairEntry).default([]),
      websites: z.array(z.url({ protocol: /^https?$/, error: () => fail(ERRORS.BadUrl) })).default([]),
      themes: z.array(themeId).min(1, { error: () => fail(ERRORS.EmptyList) }),
      priorities: z.array(text).default([]),
      statedCounts: z
        .array(z.strictObject({ role: RoleSchema, count: z.number().int().min(0, { error: () => fail(ERRORS.NegativeCount) }), source: sourceId, asOf, note: text.optional() }))
        .default([]),
      notes: z.array(z.strictObject({ text, source: sourceId.optional() })).default([]),
      claims: z.array(claim).default([]),
      snapshots: z.array(z.strictObject({ asOf, source: sourceId, ...participantLists, note: text.optional() })).default([]),
      meetings: z
        .array(
          z.strictObject({
            date: DateSchema,
            type: z.enum(MEETING_TYPES),
            title: text,
            place: text.optional(),
            /** Announced as forthcoming by its source: it may postdate the source. */
            planned: z.boolean().default(false),
            source: sourceId,
          }),
        )
        .default([]),
      sources: z.array(citation).min(1, { error: () => fail(ERRORS.NoSources) }),
      /** Where the current lists come from when it is not the newest source cited. */
      currentSource: citation.optional(),
    })
    .superRefine((record, ctx) => crossChecks(record as unknown as Record<string, unknown>, ctx, refs), { when: () => true });
}

/** A kebab id that must be in `known`; a near miss gets a "did you mean". */
function kebabIdOrSuggest(known: ReadonlySet<string>, error: (id: string, hint: string) => string) {
  return z.string({ error: (iss) => (iss.input === undefined ? fail(ERRORS.MissingField) : fail(ERRORS.NotText)) }).superRefine((id, ctx) => {
    if (known.has(id)) return;
    ctx.addIssue({ code: "custom", message: error(id, suggestion(id, known)) });
  });
}

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

/**
 * Rules across fields of one record. They run even when other fields failed (`when`), so they read
 * the value defensively: a field that failed its own schema is skipped here, not reported twice.
 */
function crossChecks(record: Record<string, unknown>, ctx: Ctx, refs: References): void {
  const add = (path: Path, message: string) => ctx.addIssue({ code: "custom", path, message });
  const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter(isObject) : []);
  const str = (value: unknown) => (typeof value === "string" ? value : undefined);

  // Dates are compared only when well formed and not after today: a bad date is reported once, by its own field.
  const comparable = (value: unknown, valid: (v: string) => boolean) => {
    const v = str(yearAsText(value));
    return v && valid(v) && notAfter(v, refs.today) ? v : undefined;
  };
  const cited = new Map(list(record.sources).flatMap((s) => (str(s.id) ? [[str(s.id)!, comparable(s.asOf, isAsOf)]] : [])));
  // A record that cites nothing gets one problem for that (on sources), not one per source it uses.
  const checkCited = (path: Path, id: unknown) => {
    if (typeof id === "string" && refs.sources.has(id) && cited.size > 0 && !cited.has(id)) add(path, fail(ERRORS.SourceNotCited, id));
  };
  const seen = new Set<string>();
  list(record.sources).forEach((s, i) => {
    const id = str(s.id);
    if (!id) return;
    if (seen.has(id)) add(["sources", i, "id"], fail(ERRORS.DuplicateSource, id));
    seen.add(id);
    const asOf = comparable(s.asOf, isAsOf);
    const documentDate = refs.sources.get(id);
    if (asOf && documentDate && !notAfter(asOf, documentDate)) add(["sources", i, "asOf"], fail(ERRORS.AfterSourceDate, asOf, id, documentDate));
  });

  for (const field of ["regions", "themes"] as const) {
    const values = Array.isArray(record[field]) ? (record[field] as unknown[]) : [];
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) add([field, i], fail(ERRORS.DuplicateValue, String(value)));
    });
  }

  // Every source a record uses must be among those it cites, and no dated value may postdate its source.
  const datedBySource = (path: Path, source: unknown, date: unknown) => {
    checkCited([...path, "source"], source);
    const d = comparable(date, isAsOf);
    const citedAsOf = typeof source === "string" ? cited.get(source) : undefined;
    if (d && citedAsOf && !notAfter(d, citedAsOf)) add([...path, "asOf"], fail(ERRORS.AfterSourceDate, d, String(source), citedAsOf));
  };
  checkCited(["statusSource"], record.statusSource);
  list(record.formerNames).forEach((n, i) => checkCited(["formerNames", i, "source"], n.source));
  if (isObject(record.openMembership)) checkCited(["openMembership", "source"], record.openMembership.source);
  if (isObject(record.secretariat)) checkCited(["secretariat", "source"], record.secretariat.source);
  list(record.statedCounts).forEach((c, i) => datedBySource(["statedCounts", i], c.source, c.asOf));
  list(record.notes).forEach((n, i) => checkCited(["notes", i, "source"], n.source));
  list(record.claims).forEach((c, i) => datedBySource(["claims", i], c.source, c.asOf));
  list(record.chair).forEach((c, i) => {
    datedBySource(["chair", i], c.source, c.asOf);
    if (Boolean(c.country) === Boolean(c.organization)) add(["chair", i], fail(ERRORS.ChairHolder));
  });
  list(record.meetings).forEach((m, i) => {
    checkCited(["meetings", i, "source"], m.source);
    const raw = str(yearAsText(m.date));
    const date = comparable(m.date, isDate);
    const citedAsOf = typeof m.source === "string" ? cited.get(m.source) : undefined;
    if (date && m.planned !== true && citedAsOf && !notAfter(date, citedAsOf)) {
      add(["meetings", i, "date"], fail(ERRORS.MeetingAfterSource, date, String(m.source), citedAsOf));
    }
    // After today: reported as that alone (it is after its source too, but that is not the fix).
    if (raw && isDate(raw) && !notAfter(raw, refs.today) && m.planned !== true) add(["meetings", i, "date"], fail(ERRORS.DateInFuture, raw));
  });
  const lists: [Path, Record<string, unknown>][] = [[[], record], ...list(record.snapshots).map((s, i) => [["snapshots", i], s] as [Path, Record<string, unknown>])];
  for (const [path, l] of lists) {
    if (path.length) checkCited([...path, "source"], l.source);
    list(l.memberGroups).forEach((g, i) => checkCited([...path, "memberGroups", i, "source"], g.source));
    list(l.unnamedGroups).forEach((g, i) => checkCited([...path, "unnamedGroups", i, "source"], g.source));
  }
  if (isObject(record.currentSource)) checkCited(["currentSource", "id"], record.currentSource.id);

  // Status: every status rests on a dated source; "active" only on the newest source document.
  const status = str(record.status);
  const lastReported = [...cited.values()].filter((v): v is string => Boolean(v)).sort().at(-1);
  if (status === "active" && lastReported && !notAfter(refs.newestSourceDate, lastReported)) {
    add(["status"], fail(ERRORS.ActiveOnOldEvidence, lastReported));
  }
  if (status === "unknown" && lastReported && notAfter(refs.newestSourceDate, lastReported)) {
    add(["status"], fail(ERRORS.UnknownButReported, lastReported));
  }
  // Located at the status, the line to look at: a missing field has no line of its own.
  if (status === "succeeded" && !record.successor) add(["status"], fail(ERRORS.SucceededWithoutSuccessor));
  if ((status === "active" || status === "unknown") && record.endedYear !== undefined) add(["endedYear"], fail(ERRORS.EndedButOngoing, status));
  const founded = record.foundedYear;
  if (typeof record.endedYear === "number" && typeof founded === "number" && record.endedYear < founded) {
    add(["endedYear"], fail(ERRORS.EndedBeforeFounded));
  }
  if (founded === null && !record.foundedNote) add(["foundedYear"], fail(ERRORS.NullYearNeedsNote));

  if (isObject(record.secretariat)) {
    const s = record.secretariat;
    const orgs = Array.isArray(s.organizations) ? s.organizations : [];
    if ((s.type === "organization" || s.type === "interim") && orgs.length === 0) add(["secretariat", "organizations"], fail(ERRORS.SecretariatNeedsOrganization, String(s.type)));
    if ((s.type === "none" || s.type === "unknown" || s.type === "chair") && orgs.length > 0) add(["secretariat", "organizations"], fail(ERRORS.SecretariatNoOrganization, String(s.type)));
    if (s.type !== "unknown" && !s.source) add(["secretariat", "source"], fail(ERRORS.SecretariatNeedsSource));
  }
  const [, ...snapshotLists] = lists;
  // One dated list per source: the panel keys a country's status by (process, source date).
  const currentListSource = isObject(record.currentSource) ? record.currentSource.id : [...cited.entries()].sort((a, b) => String(b[1]).localeCompare(String(a[1])))[0]?.[0];
  const listSources = new Set([currentListSource]);
  snapshotLists.forEach(([path, l]) => {
    if (typeof l.source !== "string") return;
    if (listSources.has(l.source)) add([...path, "source"], fail(ERRORS.ListSourceTwice, l.source));
    listSources.add(l.source);
  });
  const inCurrent = checkList([], record, refs, add);
  for (const [path, l] of snapshotLists) checkList(path, l, refs, add);
  list(record.chair).forEach((c, i) => {
    // A forum open to all UN member states lists no members: its chair needs no explanation.
    if (typeof c.country !== "string" || c.note || record.openMembership) return;
    const resolved = refs.resolveCountry(c.country);
    if (resolved.ok && !inCurrent.has(resolved.code)) add(["chair", i, "country"], fail(ERRORS.ChairNotInList, resolved.code));
  });
}

export const ROLE_FIELDS = { member: "members", observer: "observerStates", partner: "partnerStates", guest: "guestStates" } as const;

/**
 * One dated list: each role at most once in `covers`; each country once, in one role (a country
 * named directly and also through a group in the same role counts once); a chair outside the
 * current lists needs a note saying so.
 */
function checkList(path: Path, l: Record<string, unknown>, refs: References, add: (path: Path, message: string) => void): Set<string> {
  const covers = Array.isArray(l.covers) ? l.covers : [];
  covers.forEach((role, i) => {
    if (covers.indexOf(role) !== i) add([...path, "covers", i], fail(ERRORS.DuplicateValue, String(role)));
  });
  const roleOf = new Map<string, { role: string; where: string }>();
  for (const [role, field] of Object.entries(ROLE_FIELDS)) {
    const values = Array.isArray(l[field]) ? (l[field] as unknown[]) : [];
    values.forEach((reference, i) => {
      if (typeof reference !== "string") return;
      const resolved = refs.resolveCountry(reference);
      if (!resolved.ok) return; // reported by the field's own schema
      const earlier = roleOf.get(resolved.code);
      const where = [...path, field, i];
      if (earlier) add(where, earlier.role === role ? fail(ERRORS.CountryListedTwice, resolved.code) : fail(ERRORS.CountryInTwoRoles, resolved.code, earlier.role, earlier.where, role));
      else roleOf.set(resolved.code, { role, where: where.join(".") });
    });
  }
  const groups = Array.isArray(l.memberGroups) ? l.memberGroups.filter(isObject) : [];
  groups.forEach((g, i) => {
    const role = typeof g.role === "string" ? g.role : "member";
    for (const code of refs.groupMembers.get(String(g.group)) ?? []) {
      const earlier = roleOf.get(code);
      if (earlier && earlier.role !== role) add([...path, "memberGroups", i], fail(ERRORS.CountryInTwoRoles, code, earlier.role, earlier.where, role));
      else if (!earlier) roleOf.set(code, { role, where: [...path, "memberGroups", i].join(".") });
    }
  });
  return new Set(roleOf.keys());
}


function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
