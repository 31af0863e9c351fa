/**
 * One record file → its frontmatter (validated with the registries' schema) and body, or problems.
 * Parsing is strict (./files.ts, ./frontmatter.ts, ./yamlDocument.ts); every zod issue of the file is
 * reported at once; the body is checked for markup and links. What the cross-record checks need
 * (slug, name, succession links) is kept from the raw YAML even when the schema fails.
 */
import { checkBody } from "./body";
import { ERRORS, fail } from "./errors";
import { readText, type RecordFile } from "./files";
import { splitFrontmatter } from "./frontmatter";
import type { Locate, ProblemSink } from "./problems";
import { kebabId, ROLE_FIELDS, type processSchema } from "./schema";
import type { CountryMembership, MembershipList, ProcessFrontmatter } from "./types";
import type { Registries } from "./registries";
import { ROLES, type Role } from "./vocabulary";
import { parseLocatedYaml } from "./yamlDocument";
import { reportZodIssues } from "./zodIssues";

export interface ParsedRecord {
  slug: string;
  file: string;
  lineOf: Locate;
  /** Read from the raw YAML: present even when the schema fails. */
  raw: { nameEn?: string; predecessor?: string; successor?: string };
  /** Present when the frontmatter passed its schema. */
  frontmatter?: ProcessFrontmatter;
  body: string;
  bodyFirstLine: number;
}

export function parseRecord(root: string, record: RecordFile, schema: ReturnType<typeof processSchema>, sink: ProblemSink): ParsedRecord | undefined {
  const { slug, file } = record;
  if (!kebabId.safeParse(slug).success) sink.report(file, [], fail(ERRORS.BadSlug, slug));

  const text = readText(root, file, sink);
  if (text === undefined) return undefined;
  const split = splitFrontmatter(text);
  if (!split.ok) {
    sink.report(file, [], split.message, undefined, split.line);
    return undefined;
  }
  const yaml = parseLocatedYaml(split.yaml, 2);
  for (const problem of yaml.problems) sink.report(file, problem.path ?? [], problem.message, undefined, problem.line);
  if (yaml.problems.length) return undefined;
  if (yaml.empty) {
    sink.report(file, [], fail(ERRORS.FrontmatterEmpty), undefined, 1);
    return undefined;
  }
  if (typeof yaml.data !== "object" || yaml.data === null || Array.isArray(yaml.data)) {
    sink.report(file, [], fail(ERRORS.FrontmatterNotMapping), undefined, 2);
    return undefined;
  }

  const data = yaml.data as Record<string, unknown>;
  const result = schema.safeParse(data, { reportInput: true });
  if (!result.success) reportZodIssues(sink, file, result.error.issues, yaml.lineOf, schema);
  for (const problem of checkBody(split.body, split.bodyFirstLine)) sink.report(file, [], problem.message, undefined, problem.line);

  const name = data.name as { en?: unknown } | undefined;
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  // The parsed document is not kept: holding a thousand of them made every garbage collection
  // slower. A cross-record problem (rare) parses its file's YAML again to find its line.
  let located: ReturnType<typeof parseLocatedYaml> | undefined;
  const lineOf: Locate = (path) => (located ??= parseLocatedYaml(split.yaml, 2)).lineOf(path);
  return {
    slug,
    file,
    lineOf,
    raw: { nameEn: str(name?.en), predecessor: str(data.predecessor), successor: str(data.successor) },
    frontmatter: result.success ? result.data : undefined,
    body: split.body,
    bodyFirstLine: split.bodyFirstLine,
  };
}

type ListFields = Pick<ProcessFrontmatter, "covers" | "members" | "memberGroups" | "unnamedGroups" | "observerStates" | "partnerStates" | "guestStates" | "memberOrganizations" | "observerOrganizations">;

/**
 * A dated list with every country resolved to its code and groups expanded. The schema has already
 * checked every reference and that each country has one role, so nothing here can fail.
 */
export function resolveList(lists: ListFields, meta: { asOf: string; source: string; current: boolean; note?: string }, registries: Registries): MembershipList {
  const memberships: CountryMembership[] = [];
  const seen = new Set<string>();
  const add = (code: string, role: Role, viaGroup?: string) => {
    if (seen.has(code)) return; // named directly and through a group: the direct entry stands
    seen.add(code);
    memberships.push(viaGroup ? { country: code, role, viaGroup } : { country: code, role });
  };
  for (const role of ROLES) {
    for (const reference of lists[ROLE_FIELDS[role]]) {
      const resolved = registries.countries.resolve(reference);
      if (resolved.ok) add(resolved.code, role);
    }
  }
  const groups = new Map(registries.groups.map((g) => [g.id, g]));
  for (const ref of lists.memberGroups) for (const code of groups.get(ref.group)?.members ?? []) add(code, ref.role, ref.group);

  // An explicit `covers` is the last word: a role with names left out of it is a partial list,
  // shown as it stands but never used to derive a join or a departure.
  const covers = new Set<Role>(lists.covers ?? ["member", ...memberships.map((m) => m.role), ...lists.unnamedGroups.map((g) => g.role)]);
  return {
    ...meta,
    covers: ROLES.filter((r) => covers.has(r)),
    memberships,
    memberGroups: lists.memberGroups,
    unnamedGroups: lists.unnamedGroups,
    memberOrganizations: lists.memberOrganizations,
    observerOrganizations: lists.observerOrganizations,
  };
}
