/**
 * Reads content/processes/*.md: frontmatter is validated against ProcessFrontmatterSchema, then every
 * reference is checked against the registries and resolved (country names to codes, groups to their
 * members). Problems are collected, not thrown.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ProblemSink, type FieldPath } from "./problems";
import { ProcessFrontmatterSchema, ROLES, SlugSchema } from "./schema";
import { keysAt } from "./schemaKeys";
import type {
  CountryMembership,
  MembershipSnapshot,
  ProcessFrontmatter,
  Registries,
  Role,
} from "./types";
import { parseLocatedYaml } from "./yamlDocument";
import { reportZodIssues } from "./zodProblems";

export const PROCESS_DIR = "content/processes";

export interface ParsedProcess {
  slug: string;
  file: string;
  frontmatter: ProcessFrontmatter;
  body: string;
  lineOf: (path: FieldPath) => number | undefined;
}

export function readProcessFiles(root: string, sink: ProblemSink): ParsedProcess[] {
  const dir = path.join(root, PROCESS_DIR);
  const names = readdirSync(dir).filter((name) => !name.startsWith(".")).sort();
  const parsed: ParsedProcess[] = [];
  const slugs = new Map<string, string>();

  for (const name of names) {
    const file = `${PROCESS_DIR}/${name}`;
    if (!name.endsWith(".md")) {
      sink.report(file, [], "only .md records belong in content/processes/");
      continue;
    }
    const slug = name.slice(0, -3);
    if (!SlugSchema.safeParse(slug).success) {
      sink.report(file, [], `file name "${slug}" is not a valid slug: use lower-case kebab-case, e.g. budapest-process`);
    }
    const previous = slugs.get(slug.toLowerCase());
    if (previous) sink.report(file, [], `duplicate slug: ${previous} has the same slug`);
    slugs.set(slug.toLowerCase(), file);

    const record = parseRecord(readFileSync(path.join(dir, name), "utf8"), file, sink);
    if (record) parsed.push({ slug, file, ...record });
  }
  return parsed;
}

function parseRecord(text: string, file: string, sink: ProblemSink) {
  if (!text.startsWith("---")) {
    sink.report(file, [], "the file must start with YAML frontmatter between --- lines");
    return undefined;
  }
  let located: ReturnType<typeof parseLocatedYaml> | undefined;
  // gray-matter finds the frontmatter; our engine parses it so that every value keeps its line.
  const { content } = matter(text, {
    engines: {
      yaml: (source: string) => {
        // gray-matter hands over the text after the opening "---", starting with its line break.
        located = parseLocatedYaml(source, 1);
        return (located.data ?? {}) as object;
      },
    },
  });
  if (!located) return undefined;
  for (const error of located.syntaxErrors) sink.problems.push({ file, line: error.line, field: "", message: `YAML syntax: ${error.message}` });
  if (located.syntaxErrors.length) return undefined;

  const result = ProcessFrontmatterSchema.safeParse(located.data ?? {});
  if (!result.success) {
    reportZodIssues(sink, file, result.error.issues, located.lineOf, (p) => keysAt(ProcessFrontmatterSchema, p));
    return undefined;
  }
  return { frontmatter: result.data, body: content, lineOf: located.lineOf };
}

/** Everything a record refers to must exist; returns the record's memberships and chair with codes. */
export function checkAndResolve(record: ParsedProcess, registries: Registries, slugs: ReadonlySet<string>, sink: ProblemSink) {
  const fm = record.frontmatter;
  const report = (p: FieldPath, message: string) => sink.report(record.file, p, message, record.lineOf);
  const themeIds = new Set(registries.themes.map((t) => t.id));
  const organizationIds = new Set(registries.organizations.map((o) => o.id));
  const sourceIds = new Set(registries.sources.map((s) => s.id));
  const groups = new Map(registries.groups.map((g) => [g.id, g]));
  const cited = new Set(fm.sources.map((s) => s.id));

  const checkSource = (p: FieldPath, id: string) => {
    if (!sourceIds.has(id)) report(p, `unknown source "${id}" (known: ${[...sourceIds].join(", ")})`);
    else if (!cited.has(id)) report(p, `source "${id}" is used here but not listed in sources`);
  };

  fm.sources.forEach((s, i) => {
    if (!sourceIds.has(s.id)) report(["sources", i, "id"], `unknown source "${s.id}" (known: ${[...sourceIds].join(", ")})`);
  });
  const seenSources = new Set<string>();
  fm.sources.forEach((s, i) => {
    if (seenSources.has(s.id)) report(["sources", i, "id"], `source "${s.id}" is listed twice`);
    seenSources.add(s.id);
  });
  fm.themes.forEach((id, i) => {
    if (!themeIds.has(id)) report(["themes", i], `unknown theme "${id}"`);
  });
  const checkOrganizations = (p: FieldPath, ids: readonly string[]) =>
    ids.forEach((id, i) => {
      if (!organizationIds.has(id)) report([...p, i], `unknown organisation "${id}": add it to content/registries/organizations.yaml`);
    });
  if (fm.secretariat?.organization && !organizationIds.has(fm.secretariat.organization)) {
    report(["secretariat", "organization"], `unknown organisation "${fm.secretariat.organization}"`);
  }
  const chair = fm.chair.map((c, i) => {
    if (c.organization && !organizationIds.has(c.organization)) report(["chair", i, "organization"], `unknown organisation "${c.organization}"`);
    if (!c.country) return c;
    const resolved = registries.countries.resolve(c.country);
    if (!resolved.ok) report(["chair", i, "country"], resolved.message);
    return resolved.ok ? { ...c, country: resolved.code } : c;
  });

  for (const [field, slug] of [["predecessor", fm.predecessor], ["successor", fm.successor]] as const) {
    if (slug && !slugs.has(slug)) report([field], `no record "${slug}" in content/processes/`);
    if (slug === record.slug) report([field], "a process cannot be its own " + field);
  }

  fm.formerNames.forEach((n, i) => checkSource(["formerNames", i, "source"], n.source));
  if (fm.statusSource) checkSource(["statusSource", "source"], fm.statusSource.source);
  if (fm.openMembership) checkSource(["openMembership", "source"], fm.openMembership.source);
  fm.statedCounts.forEach((c, i) => checkSource(["statedCounts", i, "source"], c.source));
  fm.notes.forEach((n, i) => n.source && checkSource(["notes", i, "source"], n.source));
  fm.claims.forEach((c, i) => checkSource(["claims", i, "source"], c.source));
  fm.meetings.forEach((m, i) => checkSource(["meetings", i, "source"], m.source));
  fm.snapshots.forEach((s, i) => checkSource(["snapshots", i, "source"], s.source));

  const resolveSnapshot = (p: FieldPath, lists: SnapshotLists, asOf: string, source: string, note: string | undefined, current: boolean): MembershipSnapshot => {
    checkOrganizations([...p, "memberOrganizations"], lists.memberOrganizations);
    checkOrganizations([...p, "observerOrganizations"], lists.observerOrganizations);
    const memberships: CountryMembership[] = [];
    const roleOf = new Map<string, { role: Role; where: string }>();
    const add = (code: string, role: Role, where: FieldPath, viaGroup?: string) => {
      const earlier = roleOf.get(code);
      if (earlier) {
        if (viaGroup && earlier.role === role) return; // named directly and also in the group: the direct entry stands
        const again = earlier.role === role ? "is listed twice" : `is listed as ${earlier.role} (${earlier.where}) and as ${role}`;
        report(where, `${code} ${again}`);
        return;
      }
      roleOf.set(code, { role, where: where.join(".") });
      memberships.push(viaGroup ? { country: code, role, viaGroup } : { country: code, role });
    };
    for (const role of ROLES) {
      const field = ROLE_FIELDS[role];
      lists[field].forEach((reference, i) => {
        const resolved = registries.countries.resolve(reference);
        if (resolved.ok) add(resolved.code, role, [...p, field, i]);
        else report([...p, field, i], resolved.message);
      });
    }
    lists.memberGroups.forEach((ref, i) => {
      const group = groups.get(ref.group);
      checkSource([...p, "memberGroups", i, "source"], ref.source);
      if (!group) {
        report([...p, "memberGroups", i, "group"], `unknown group "${ref.group}": define it in content/registries/groups.yaml`);
        return;
      }
      group.members.forEach((code) => add(code, ref.role, [...p, "memberGroups", i], group.id));
    });
    return {
      asOf,
      source,
      memberships,
      memberGroups: lists.memberGroups,
      memberOrganizations: lists.memberOrganizations,
      observerOrganizations: lists.observerOrganizations,
      note,
      current,
    };
  };

  if (fm.currentSource) checkSource(["currentSource", "id"], fm.currentSource.id);
  const listsFrom = fm.currentSource ?? newestSource(fm.sources);
  const current = resolveSnapshot([], fm, listsFrom.asOf, listsFrom.id, undefined, true);
  const snapshots = fm.snapshots.map((s, i) => resolveSnapshot(["snapshots", i], s, s.asOf, s.source, s.note, false));
  return { current, snapshots, chair };
}

type SnapshotLists = Pick<
  ProcessFrontmatter,
  "members" | "observerStates" | "partnerStates" | "guestStates" | "memberGroups" | "memberOrganizations" | "observerOrganizations"
>;

const ROLE_FIELDS = {
  member: "members",
  observer: "observerStates",
  partner: "partnerStates",
  guest: "guestStates",
} as const satisfies Record<Role, keyof SnapshotLists>;

/** The most recent citation; ties keep the order written. */
export function newestSource<T extends { asOf: string }>(sources: readonly T[]): T {
  return [...sources].sort((a, b) => b.asOf.localeCompare(a.asOf))[0];
}
