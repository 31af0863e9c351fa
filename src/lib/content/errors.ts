/**
 * The catalogue of content errors, in the manner of Astro's errors-data.ts: every problem the loader
 * can report has a name, a title, a message for the person editing the file, and a hint on how to
 * fix it. The loader reports by name (`fail(ERRORS.UnknownTheme, id, hint)`); tests assert on the
 * name and the text.
 *
 * BEFORE ADDING AN ERROR: reuse one that fits. Messages say what is wrong in the file's own terms
 * ("the file is empty", "kind is missing (one of rcp, irf, global)"), never in the programmer's.
 *
 * Zod carries only a message string through its error customisation, so `fail()` prefixes the
 * message with the error's name in a form `decodeError()` takes apart again; nothing else sees it.
 */
import { editDistance } from "../names";

export interface ContentErrorData {
  name: string;
  title: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each entry types its own arguments
  message: (...args: any[]) => string;
  hint: string;
}

const list = (values: readonly string[]) => values.join(", ");
const q = (value: string) => `"${value}"`;
const didYouMean = (hint: string) => (hint ? ` (did you mean ${q(hint)}?)` : "");

export const ERRORS = {
  // --- files ---
  NotUtf8: {
    name: "NotUtf8",
    title: "File is not UTF-8",
    message: () => "the file has bytes that are not valid UTF-8 here; save it as UTF-8",
    hint: "Re-save the file as UTF-8 in your editor; the line given is where the first bad byte is.",
  },
  NoFrontmatter: {
    name: "NoFrontmatter",
    title: "No frontmatter",
    message: () => "the file must start with a line that is exactly --- (YAML frontmatter), then the fields, then another --- line",
    hint: "See content/README.md for a record's layout.",
  },
  FrontmatterNotYaml: {
    name: "FrontmatterNotYaml",
    title: "Frontmatter is not plain YAML",
    message: (firstLine: string) => `the first line is ${q(firstLine)}: frontmatter is YAML only, and the first line must be exactly ---`,
    hint: "Other frontmatter languages (---js, ---json, ---toml) are refused: content is data and is never run.",
  },
  FrontmatterUnclosed: {
    name: "FrontmatterUnclosed",
    title: "Frontmatter is not closed",
    message: () => "no closing --- line: the frontmatter must end with a line that is exactly ---",
    hint: "Add a line with only --- after the last field.",
  },
  FrontmatterEmpty: {
    name: "FrontmatterEmpty",
    title: "Empty frontmatter",
    message: () => "the frontmatter is empty (or only comments): a record needs its fields",
    hint: "See content/README.md for the fields of a record.",
  },
  FrontmatterNotMapping: {
    name: "FrontmatterNotMapping",
    title: "Frontmatter is not a set of fields",
    message: () => "the frontmatter must be fields (name: value), not a list or a single value",
    hint: "Start with `name:` on its own line, as in content/README.md.",
  },
  HiddenRecord: {
    name: "HiddenRecord",
    title: "Hidden record file",
    message: () => "a file whose name starts with a dot is hidden and would be missed: rename it without the dot",
    hint: "Record files are named <slug>.md.",
  },
  NotARecordFile: {
    name: "NotARecordFile",
    title: "Not a record file",
    message: (what: string) => `${what} does not belong in content/processes/: only <slug>.md files do`,
    hint: "Move notes and drafts elsewhere; a folder named *.md is not a record.",
  },
  NoRecords: {
    name: "NoRecords",
    title: "No records",
    message: () => "content/processes/ holds no records",
    hint: "Records are content/processes/<slug>.md.",
  },
  BadSlug: {
    name: "BadSlug",
    title: "File name is not a slug",
    message: (slug: string) => `file name ${q(slug)} is not a valid slug: use lower-case kebab-case, e.g. budapest-process`,
    hint: "The file name is the public URL /processes/<slug>/.",
  },
  DuplicateSlug: {
    name: "DuplicateSlug",
    title: "Two files with one slug",
    message: (other: string) => `duplicate slug: ${other} has the same slug (letter case aside)`,
    hint: "Slugs are URLs and must be unique on every file system.",
  },
  UnreadableFile: {
    name: "UnreadableFile",
    title: "File cannot be read",
    message: (reason: string) => `the file cannot be read (${reason})`,
    hint: "Check the file's permissions.",
  },
  RegistryMissing: {
    name: "RegistryMissing",
    title: "Registry file is missing",
    message: () => "registry file is missing",
    hint: "Every file of content/registries/ listed in content/README.md must exist.",
  },
  RegistryNotList: {
    name: "RegistryNotList",
    title: "Registry is not a list",
    message: () => "this registry must be a YAML list of entries (lines starting with -)",
    hint: "See the other registries for the layout.",
  },

  // --- YAML ---
  YamlSyntax: {
    name: "YamlSyntax",
    title: "YAML syntax error",
    message: (detail: string) => `YAML syntax: ${detail}`,
    hint: "Check indentation and brackets on this line and the one before.",
  },
  YamlColonInValue: {
    name: "YamlColonInValue",
    title: "Unquoted colon in a value",
    message: () => 'a value that contains ": " must be in quotes, e.g. title: "Rabat: the declaration"',
    hint: "YAML reads an unquoted `: ` as the start of another field.",
  },
  YamlCommaInValue: {
    name: "YamlCommaInValue",
    title: "Unquoted comma in a { … } value",
    message: (fragment: string) =>
      `a value inside { … } that contains ", " must be in quotes: YAML read ${q(fragment)} as a field of its own, e.g. { note: "One, two" }`,
    hint: "Inside { … } and [ … ], an unquoted comma ends the value.",
  },
  YamlDuplicateKey: {
    name: "YamlDuplicateKey",
    title: "Field given twice",
    message: () => "this field is given twice in the same place; keep one",
    hint: "YAML would silently keep the last one.",
  },
  YamlAlias: {
    name: "YamlAlias",
    title: "YAML anchors and aliases",
    message: () => "anchors and aliases (&name, *name) are not allowed in content: write the value out",
    hint: "They make a file hard to review and can be used to blow up memory.",
  },
  YamlUnknownTag: {
    name: "YamlUnknownTag",
    title: "Unknown YAML tag",
    message: (tag: string) => `the YAML tag ${tag} is not allowed: write a plain value`,
    hint: "Tags such as !secret or !!binary are not part of the content format.",
  },

  // --- fields ---
  UnknownField: {
    name: "UnknownField",
    title: "Unknown field",
    message: (hint: string) => `unknown field${didYouMean(hint)}`,
    hint: "content/README.md lists every field.",
  },
  MissingField: {
    name: "MissingField",
    title: "Required field is missing",
    message: (field?: string, options?: readonly string[]) =>
      `${field ? `${field} is missing` : "required field is missing"}${options ? ` (one of ${list(options)})` : ""}`,
    hint: "content/README.md lists the required fields.",
  },
  NotInList: {
    name: "NotInList",
    title: "Value not allowed",
    message: (value: string, options: readonly string[], hint = "") => `${q(value)} is not allowed here${didYouMean(hint)}: use one of ${list(options)}`,
    hint: "The allowed values are fixed in src/lib/content/vocabulary.ts.",
  },
  WrongType: {
    name: "WrongType",
    title: "Wrong kind of value",
    message: (expected: string) => `must be ${expected}`,
    hint: "A list is written [a, b] or as lines starting with -; text may need quotes.",
  },
  NotText: { name: "NotText", title: "Not text", message: () => "must be text", hint: "Put the value in quotes if YAML reads it as a number or a date." },
  EmptyText: { name: "EmptyText", title: "Empty text", message: () => "must not be empty", hint: "Remove the field instead of leaving it blank." },
  EmptyList: { name: "EmptyList", title: "Empty list", message: () => "must list at least one entry", hint: "This list is required." },
  NotKebab: {
    name: "NotKebab",
    title: "Not an id",
    message: () => "must be a lower-case kebab-case id, e.g. labour-migration",
    hint: "Ids use a–z, 0–9 and hyphens.",
  },
  NotAlpha3: { name: "NotAlpha3", title: "Not an alpha-3 code", message: () => "must be an upper-case ISO 3166 alpha-3 code, e.g. GHA", hint: "Codes are three capital letters." },
  BadAsOf: { name: "BadAsOf", title: "Bad as-of date", message: (v: string) => `${q(v)} must be a real YYYY or YYYY-MM date, e.g. 2017-06`, hint: "As-of dates give the year, or the year and month." },
  BadDate: { name: "BadDate", title: "Bad date", message: (v: string) => `${q(v)} must be a real date: YYYY, YYYY-MM or YYYY-MM-DD`, hint: "Check the day exists in that month." },
  NotAYear: { name: "NotAYear", title: "Not a year", message: (v: string) => `${q(v)} must be a year, e.g. 1991`, hint: "Write the year without quotes." },
  YearOutOfRange: {
    name: "YearOutOfRange",
    title: "Year out of range",
    message: (v: string, min: number, max: number) => `${v} must be between ${min} and ${max}`,
    hint: "Years run from 1945 to this year; no year may lie in the future.",
  },
  DateInFuture: { name: "DateInFuture", title: "Date in the future", message: (v: string) => `${v} is after today`, hint: "Sources describe the past; a forthcoming meeting is marked planned: true." },
  AfterSourceDate: {
    name: "AfterSourceDate",
    title: "Date after its source",
    message: (v: string, source: string, sourceDate: string) => `${v} is after the date of its source ${source} (${sourceDate})`,
    hint: "A source cannot state a fact as of a date later than itself.",
  },
  MeetingAfterSource: {
    name: "MeetingAfterSource",
    title: "Meeting after its source",
    message: (v: string, source: string, sourceDate: string) =>
      `${v} is after its source ${source} (${sourceDate}): a meeting the source announces as forthcoming needs planned: true`,
    hint: "Add planned: true to a meeting the source lists as forthcoming.",
  },
  NegativeCount: { name: "NegativeCount", title: "Negative count", message: () => "a count cannot be negative", hint: "Counts are whole numbers from 0." },
  BadUrl: { name: "BadUrl", title: "Bad URL", message: () => "must be a full http(s) URL", hint: "Start with https://." },
  UnknownClaimField: {
    name: "UnknownClaimField",
    title: "Unknown claim field",
    message: (options: string) => `field must be one of ${options}, and value must suit it`,
    hint: "Years are numbers, kind and status use their fixed values, event claims need a label.",
  },
  NoSources: {
    name: "NoSources",
    title: "No sources",
    message: () => "a record must cite at least one source, e.g. - { id: iom-iscm-2017, asOf: 2017-06 }",
    hint: "Every fact is traceable to a source in content/registries/sources.yaml.",
  },
  DuplicateValue: { name: "DuplicateValue", title: "Listed twice", message: (v: string) => `${q(v)} is listed twice`, hint: "Keep one." },

  // --- references ---
  UnknownTheme: {
    name: "UnknownTheme",
    title: "Unknown theme",
    message: (id: string, hint: string) => `unknown theme ${q(id)}${didYouMean(hint)}`,
    hint: "Themes are the ids in content/registries/themes.yaml.",
  },
  UnknownOrganization: {
    name: "UnknownOrganization",
    title: "Unknown organisation",
    message: (id: string, hint: string) => `unknown organisation ${q(id)}${didYouMean(hint)}: add it to content/registries/organizations.yaml`,
    hint: "Organisations are the lower-case ids in content/registries/organizations.yaml.",
  },
  UnknownGroup: {
    name: "UnknownGroup",
    title: "Unknown group",
    message: (id: string, hint: string) => `unknown group ${q(id)}${didYouMean(hint)}: define it in content/registries/groups.yaml, or use unnamedGroups`,
    hint: "A group is expanded only from a list a source gives; otherwise it is an unnamed group with its count.",
  },
  UnknownSource: {
    name: "UnknownSource",
    title: "Unknown source",
    message: (id: string, hint: string) => `unknown source ${q(id)}${didYouMean(hint)}`,
    hint: "Sources are the five ids in content/registries/sources.yaml.",
  },
  SourceNotCited: {
    name: "SourceNotCited",
    title: "Source used but not cited",
    message: (id: string) => `source ${q(id)} is used here but not listed in sources`,
    hint: "Add it to the record's sources with its as-of date.",
  },
  DuplicateSource: { name: "DuplicateSource", title: "Source cited twice", message: (id: string) => `source ${q(id)} is listed twice`, hint: "Cite each source once." },
  UnknownCountryCode: {
    name: "UnknownCountryCode",
    title: "Unknown country code",
    message: (code: string, hint: string) => `unknown country code ${q(code)}${didYouMean(hint)}`,
    hint: "Countries are ISO 3166-1 alpha-3 codes (Kosovo XKX).",
  },
  UnknownCountry: {
    name: "UnknownCountry",
    title: "Unknown country",
    message: (name: string, hint: string) =>
      `unknown country ${q(name)}${didYouMean(hint)}: use an ISO alpha-3 code or add the spelling to content/registries/country-variants.yaml`,
    hint: "A source's own spelling can be added as a variant.",
  },
  LowerCaseCountryCode: {
    name: "LowerCaseCountryCode",
    title: "Country code in lower case",
    message: (code: string) => `country codes are upper case: write ${q(code.toUpperCase())}`,
    hint: "Upper case in data, lower case only in URLs.",
  },
  AmbiguousCountry: {
    name: "AmbiguousCountry",
    title: "Ambiguous country name",
    message: (name: string, candidates: readonly string[]) =>
      `${q(name)} is ambiguous (${candidates.join(" or ")}): write the code and say in notes how the context settles it`,
    hint: "Names such as Korea or Congo could mean two states.",
  },
  CountryListedTwice: { name: "CountryListedTwice", title: "Country listed twice", message: (code: string) => `${code} is listed twice`, hint: "A country appears once per list." },
  CountryInTwoRoles: {
    name: "CountryInTwoRoles",
    title: "Country in two roles",
    message: (code: string, role: string, where: string, other: string) => `${code} is listed as ${role} (${where}) and as ${other}`,
    hint: "A country has one role per list.",
  },
  NoSuchRecord: {
    name: "NoSuchRecord",
    title: "No such record",
    message: (slug: string) => `no record ${q(slug)} in content/processes/`,
    hint: "Predecessor and successor are slugs of other records.",
  },
  SelfSuccession: { name: "SelfSuccession", title: "Own predecessor", message: (field: string) => `a process cannot be its own ${field}`, hint: "Name the other record." },
  SuccessionNotMutual: {
    name: "SuccessionNotMutual",
    title: "Succession not mutual",
    message: (other: string, self: string, field: string) => `${q(other)} does not name ${q(self)} as its ${field}`,
    hint: "Predecessor and successor must point at each other.",
  },
  DuplicateName: {
    name: "DuplicateName",
    title: "Two records with one name",
    message: (other: string) => `${other} has the same English name`,
    hint: "Names tell records apart on every page; add the place or the region.",
  },
  ListSourceTwice: {
    name: "ListSourceTwice",
    title: "Two lists from one source",
    message: (source: string) => `${source} already gives another dated list of this record: one list per source`,
    hint: "Merge the two lists, or cite the second where it differs in notes.",
  },
  ChairHolder: { name: "ChairHolder", title: "Chair holder", message: () => "give exactly one of country or organization", hint: "One chair entry per holder." },
  ChairNotInList: {
    name: "ChairNotInList",
    title: "Chair not in the member list",
    message: (code: string) => `${code} chairs but is not in the current lists: say why in notes (it is shown as chair, not added as a member)`,
    hint: "Add a note quoting the source.",
  },

  // --- status and secretariat ---
  ActiveOnOldEvidence: {
    name: "ActiveOnOldEvidence",
    title: "Active on old evidence",
    message: (lastReported: string) => `status "active" needs the newest source document; the newest source cited here is of ${lastReported}: use unknown`,
    hint: "A mechanism the newest source does not describe is shown as \"No information since YYYY\".",
  },
  UnknownButReported: {
    name: "UnknownButReported",
    title: "Unknown though reported",
    message: (lastReported: string) => `status "unknown" is for records the newest source does not describe, but this one is cited as of ${lastReported}`,
    hint: "Use active, inactive or succeeded as the newest source says.",
  },
  SucceededWithoutSuccessor: { name: "SucceededWithoutSuccessor", title: "No successor", message: () => "a succeeded process must name its successor", hint: "Add successor: <slug>." },
  EndedButOngoing: { name: "EndedButOngoing", title: "Ended but ongoing", message: (status: string) => `a process with status "${status}" has no endedYear`, hint: "Remove endedYear or change the status." },
  EndedBeforeFounded: { name: "EndedBeforeFounded", title: "Ended before founded", message: () => "must not be before foundedYear", hint: "Check both years against the sources." },
  NullYearNeedsNote: {
    name: "NullYearNeedsNote",
    title: "Unknown year without a note",
    message: () => "null needs a foundedNote saying that no source gives the year",
    hint: "A gap in the sources is stated, never left silent.",
  },
  SecretariatNeedsOrganization: {
    name: "SecretariatNeedsOrganization",
    title: "Secretariat without organisation",
    message: (type: string) => `a secretariat of type "${type}" names the organisation(s) in organizations`,
    hint: "See the secretariat rule in content/README.md.",
  },
  SecretariatNoOrganization: {
    name: "SecretariatNoOrganization",
    title: "Organisation on a secretariat that has none",
    message: (type: string) => `a secretariat of type "${type}" has no organizations: put supporters in supportOrganizations`,
    hint: "See the secretariat rule in content/README.md.",
  },
  SecretariatNeedsSource: { name: "SecretariatNeedsSource", title: "Secretariat without a source", message: () => "say which source the secretariat type rests on", hint: "source: <id>." },

  // --- registries ---
  DuplicateId: { name: "DuplicateId", title: "Duplicate id", message: (id: string) => `duplicate id ${q(id)}`, hint: "Ids are unique within a registry." },
  DuplicateEntryName: { name: "DuplicateEntryName", title: "Duplicate name", message: (n: string) => `duplicate name ${q(n)}`, hint: "Names are unique within a registry." },
  OverrideUnknownCode: {
    name: "OverrideUnknownCode",
    title: "Override for an unknown code",
    message: (code: string) => `${code} is not in the country package: a new entity needs a name`,
    hint: "Give name (and status) for an entity the package lacks.",
  },
  MatchesNothing: {
    name: "MatchesNothing",
    title: "Matches nothing",
    message: (code: string) => `${code} matches no country in the package`,
    hint: "Remove the line or correct the code.",
  },
  VariantNamesAnother: {
    name: "VariantNamesAnother",
    title: "Variant names another country",
    message: (name: string, code: string) => `${q(name)} already names ${code}`,
    hint: "A spelling may point at one country only.",
  },

  // --- bodies ---
  BodyRawHtml: {
    name: "BodyRawHtml",
    title: "Raw HTML in a body",
    message: () => "raw HTML is not allowed in a body (it is removed from the page): use Markdown",
    hint: "Markdown covers headings, lists, links, emphasis and footnotes.",
  },
  BodyUnsafeLink: {
    name: "BodyUnsafeLink",
    title: "Unsafe link",
    message: (url: string) => `link ${q(url)} is not allowed: use an http(s), mailto or site-relative link`,
    hint: "javascript:, data: and other schemes are removed from the page.",
  },
  BodyExternalImage: {
    name: "BodyExternalImage",
    title: "External image",
    message: (url: string) => `image ${q(url)} is not on this site: images must be site-relative`,
    hint: "The site loads nothing from other origins.",
  },
} satisfies Record<string, ContentErrorData>;

export type ErrorName = keyof typeof ERRORS;

const MARK = "\u241e"; // ␞, never typed in content

/** The message of a catalogued error, carrying its name through zod's message-only customisation. */
export function fail<E extends ContentErrorData>(error: E, ...args: Parameters<E["message"]>): string {
  return `${MARK}${error.name}${MARK}${error.message(...args)}`;
}

export function decodeError(message: string): { name: ErrorName | undefined; message: string } {
  const match = message.match(new RegExp(`^${MARK}(\\w+)${MARK}([\\s\\S]*)$`));
  return match ? { name: match[1] as ErrorName, message: match[2] } : { name: undefined, message };
}

/**
 * The known id nearest to a misspelt one (case-insensitive), if near enough to be a typo; else "".
 * A three-letter code is a typo only one letter away (two would match nearly any code). A word that
 * is the start of a known one ("founded" for foundedYear) counts too, the first such candidate in
 * the order given (schema order puts the main field first).
 */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const lower = word.toLowerCase();
  let best = "";
  let bestDistance = word.length <= 3 ? 2 : Math.max(2, Math.floor(word.length / 3)) + 1;
  let prefixed = "";
  for (const candidate of candidates) {
    const other = candidate.toLowerCase();
    const d = editDistance(lower, other);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
    if (!prefixed && lower.length >= 4 && other.startsWith(lower)) prefixed = candidate;
  }
  return best || prefixed;
}
