/**
 * The one entry point to content: load every file, validate it, resolve every reference, and return
 * plain typed objects — or throw a ContentValidationError listing every problem at once.
 * Pages and scripts call loadContent(); nothing else reads content/.
 */
import { renderMarkdown } from "./markdown";
import { ContentValidationError, ProblemSink } from "./problems";
import { checkAndResolve, newestSource, readProcessFiles, type ParsedProcess } from "./processRecords";
import { loadRegistries } from "./registries";
import type { Content, Process } from "./types";

export async function loadContentFrom(root: string): Promise<Content> {
  const sink = new ProblemSink();
  const registries = loadRegistries(root, sink);
  const parsed = readProcessFiles(root, sink);
  if (!registries) throw new ContentValidationError(sink.problems);

  const slugs = new Set(parsed.map((p) => p.slug));
  const resolved = parsed.map((record) => ({ record, ...checkAndResolve(record, registries, slugs, sink) }));
  checkSuccession(parsed, sink);
  if (sink.problems.length) throw new ContentValidationError(sink.problems);

  const processes = await Promise.all(
    resolved.map(({ record, current, snapshots, chair }) => toProcess(record, { current, snapshots, chair })),
  );
  return { processes: processes.sort((a, b) => a.name.en.localeCompare(b.name.en, "en")), registries };
}

let cached: Promise<Content> | undefined;

/** Content of this project (or of CONTENT_ROOT, for fixtures), loaded once per process. */
export function loadContent(): Promise<Content> {
  cached ??= loadContentFrom(process.env.CONTENT_ROOT ?? process.cwd());
  return cached;
}

/** A predecessor must name its successor and the successor its predecessor. */
function checkSuccession(records: readonly ParsedProcess[], sink: ProblemSink): void {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  for (const record of records) {
    const { successor, predecessor } = record.frontmatter;
    const next = successor ? bySlug.get(successor) : undefined;
    if (next && next.frontmatter.predecessor !== record.slug) {
      sink.report(record.file, ["successor"], `"${successor}" does not name "${record.slug}" as its predecessor`, record.lineOf);
    }
    const previous = predecessor ? bySlug.get(predecessor) : undefined;
    if (previous && previous.frontmatter.successor !== record.slug) {
      sink.report(record.file, ["predecessor"], `"${predecessor}" does not name "${record.slug}" as its successor`, record.lineOf);
    }
  }
}

async function toProcess(record: ParsedProcess, resolved: Pick<Process, "current" | "snapshots" | "chair">): Promise<Process> {
  const fm = record.frontmatter;
  const { current, snapshots, chair } = resolved;
  const newest = newestSource(fm.sources);
  return {
    slug: record.slug,
    file: record.file,
    name: fm.name,
    acronym: fm.acronym,
    formerNames: fm.formerNames,
    kind: fm.kind,
    regions: fm.regions,
    status: fm.status,
    statusSource: fm.statusSource,
    predecessor: fm.predecessor,
    successor: fm.successor,
    foundedYear: fm.foundedYear,
    endedYear: fm.endedYear,
    current,
    snapshots: [...snapshots].sort((a, b) => a.asOf.localeCompare(b.asOf)),
    openMembership: fm.openMembership,
    secretariat: fm.secretariat,
    chair,
    websites: fm.websites,
    themes: fm.themes,
    priorities: fm.priorities,
    statedCounts: fm.statedCounts,
    notes: fm.notes,
    claims: fm.claims,
    meetings: [...fm.meetings].sort((a, b) => a.date.localeCompare(b.date)),
    sources: [newest, ...fm.sources.filter((s) => s !== newest).sort((a, b) => b.asOf.localeCompare(a.asOf))],
    bodyHtml: await renderMarkdown(record.body),
  };
}
