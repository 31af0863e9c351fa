/**
 * The one entry point to content: read every file, validate it, resolve every reference, and return
 * plain typed objects — or throw a ContentValidationError listing every problem at once. Pages and
 * scripts call loadContent(); nothing else reads content/.
 *
 * One pass: registries load entry by entry; the record schema is built from whatever ids they hold;
 * slugs come from file names; so no problem hides another and none is invented by another's failure.
 */
import { newest, todayUtc } from "./dates";
import { ERRORS, fail } from "./errors";
import { listRecordFiles } from "./files";
import { lastCommitDates } from "./gitDates";
import { ContentValidationError, ProblemSink } from "./problems";
import { parseRecord, resolveList, type ParsedRecord } from "./processRecords";
import { loadRegistries, type Registries } from "./registries";
import { processSchema } from "./schema";
import type { Process, ProcessFrontmatter } from "./types";
import { foldName } from "../names";

export interface Content {
  processes: Process[];
  registries: Registries;
  /** How many files content/processes/ holds (records and anything else). */
  filesRead: number;
  /** The dataset version: the date content/ last changed in git (undefined outside git). */
  version?: string;
}

export interface LoadOptions {
  /** YYYY-MM-DD: no date in the content may be later. Defaults to today (UTC). */
  today?: string;
}

export function loadContentFrom(root: string, options: LoadOptions = {}): Content {
  const sink = new ProblemSink();
  const { registries, known } = loadRegistries(root, sink);
  const newestSourceDate = [...registries.sources].map((s) => s.date).sort().at(-1) ?? "0000";
  const schema = processSchema({
    ...known,
    groupMembers: new Map(registries.groups.map((g) => [g.id, g.members])),
    newestSourceDate,
    resolveCountry: registries.countries.resolve,
    today: options.today ?? todayUtc(),
  });

  const { records, filesRead } = listRecordFiles(root, sink);
  const parsed = records.flatMap((r) => parseRecord(root, r, schema, sink) ?? []);
  checkAcrossRecords(records.map((r) => r.slug), parsed, sink);
  if (sink.count) throw new ContentValidationError(sink.problems);

  const dates = lastCommitDates(root);
  const processes = parsed.map((record) => toProcess(record, record.frontmatter!, registries, dates.get(record.file)));
  processes.sort((a, b) => a.name.en.localeCompare(b.name.en, "en"));
  const version = [...dates.values()].sort().at(-1);
  return { processes, registries, filesRead, version };
}

let cached: Content | undefined;

/** Content of this project (or of CONTENT_ROOT, for fixtures), loaded once per process. */
export function loadContent(): Content {
  cached ??= loadContentFrom(process.env.CONTENT_ROOT ?? process.cwd());
  return cached;
}

/** Slugs are file names (so a record that fails its schema still exists for its neighbours). */
function checkAcrossRecords(slugs: readonly string[], records: readonly ParsedRecord[], sink: ProblemSink): void {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const all = new Set(slugs);
  const lower = new Map<string, string>();
  records.forEach((r) => {
    const key = r.slug.toLowerCase();
    const other = lower.get(key);
    if (other) sink.report(r.file, [], fail(ERRORS.DuplicateSlug, other));
    else lower.set(key, r.file);
  });
  const names = new Map<string, string>();
  for (const record of records) {
    const { predecessor, successor, nameEn } = record.raw;
    for (const [field, target, back] of [["predecessor", predecessor, "successor"], ["successor", successor, "predecessor"]] as const) {
      if (!target) continue;
      if (target === record.slug) sink.report(record.file, [field], fail(ERRORS.SelfSuccession, field), record.lineOf);
      else if (!all.has(target)) sink.report(record.file, [field], fail(ERRORS.NoSuchRecord, target), record.lineOf);
      else {
        const other = bySlug.get(target);
        if (other && other.raw[back] !== record.slug) sink.report(record.file, [field], fail(ERRORS.SuccessionNotMutual, target, record.slug, back), record.lineOf);
      }
    }
    if (nameEn) {
      const key = foldName(nameEn);
      const other = names.get(key);
      if (other) sink.report(record.file, ["name", "en"], fail(ERRORS.DuplicateName, other), record.lineOf);
      else names.set(key, record.file);
    }
  }
}

function toProcess(record: ParsedRecord, fm: ProcessFrontmatter, registries: Registries, lastEdited: string | undefined): Process {
  const { snapshots, currentSource, covers, members, memberGroups, unnamedGroups, observerStates, partnerStates, guestStates, memberOrganizations, observerOrganizations, ...rest } = fm;
  const newestCitation = newest(fm.sources)!;
  const listsFrom = currentSource ?? newestCitation;
  const current = resolveList(
    { covers, members, memberGroups, unnamedGroups, observerStates, partnerStates, guestStates, memberOrganizations, observerOrganizations },
    { asOf: listsFrom.asOf, source: listsFrom.id, current: true },
    registries,
  );
  const older = snapshots.map((s) => resolveList(s, { asOf: s.asOf, source: s.source, current: false, note: s.note }, registries));
  const resolveCountry = (reference: string) => {
    const resolved = registries.countries.resolve(reference);
    return resolved.ok ? resolved.code : reference;
  };
  return {
    ...rest,
    slug: record.slug,
    file: record.file,
    current,
    lists: [...older, current].sort((a, b) => a.asOf.localeCompare(b.asOf)),
    chair: fm.chair.map((c) => (c.country ? { ...c, country: resolveCountry(c.country) } : c)),
    meetings: [...fm.meetings].sort((a, b) => a.date.localeCompare(b.date)),
    sources: [...fm.sources].sort((a, b) => b.asOf.localeCompare(a.asOf)),
    lastReported: newestCitation.asOf,
    lastEdited,
    body: record.body,
    bodyFirstLine: record.bodyFirstLine,
  };
}
