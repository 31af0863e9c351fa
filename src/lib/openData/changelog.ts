/**
 * The data changelog: data releases (one per commit date, newest first) with the records added,
 * changed and removed and whether the registries changed, read from ONE `git log` over content/,
 * and the Atom 1.0 feed published at /data/changes.xml.
 *
 * Everything but `readChangelog` is pure: `parseGitLog` takes the git output as text.
 */
import { execFileSync } from "node:child_process";
import { pathOf } from "../routes";

/** What `readChangelog` asks git for: one header line per commit, then its --name-status lines. */
export const GIT_LOG_FORMAT = "%x1e%H%x1f%P%x1f%cI%x1f%s";

const RECORD_PATH = /^content\/processes\/([^/]+)\.md$/;
const REGISTRY_PATH = /^content\/registries\/(.+)$/;

export interface ChangelogEntry {
  /** YYYY-MM-DD: the commit date (committer's date, as `git log --format=%cs` gives it). */
  date: string;
  /** RFC 3339 time of the day's newest commit. */
  updated: string;
  /** Commit hashes of the day, newest first. */
  commits: string[];
  /** Record slugs, sorted. The net effect of the day's commits: added then removed is neither. */
  added: string[];
  changed: string[];
  removed: string[];
  /** Registry files (under content/registries/) that changed, sorted. */
  registries: string[];
  registriesChanged: boolean;
  /**
   * True when one of the day's commits has no parent in the history read: the repository's first
   * commit, or the edge of a shallow clone. Its "added" records are then what the history starts
   * with, not necessarily records new that day.
   */
  baseline: boolean;
}

interface Commit {
  hash: string;
  parents: string[];
  time: string;
  changes: { status: string; paths: string[] }[];
}

/** Undo git's C-style quoting of an unusual path ("a\"b" → a"b); plain paths come back as they are. */
function unquote(path: string): string {
  if (!(path.startsWith('"') && path.endsWith('"'))) return path;
  const bytes: number[] = [];
  const body = path.slice(1, -1);
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, "\\": 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next ?? "")) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function parseCommits(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const block of output.split("\x1e")) {
    if (!block.trim()) continue;
    const [header, ...lines] = block.split("\n");
    const [hash, parents, time] = header.split("\x1f");
    if (!hash || !time) continue;
    const changes = lines
      .filter((line) => line.trim())
      .map((line) => {
        const [status, ...paths] = line.split("\t");
        return { status: status.trim(), paths: paths.map(unquote) };
      })
      .filter((c) => c.status && c.paths.length);
    commits.push({ hash: hash.trim(), parents: (parents ?? "").split(" ").filter(Boolean), time: time.trim(), changes });
  }
  return commits;
}

type Net = "added" | "changed" | "removed";

/** The record-level effect of one name-status line: [slug, what happened] pairs. */
function recordEvents(change: Commit["changes"][number]): [string, "A" | "M" | "D"][] {
  const slug = (p: string | undefined) => (p ? RECORD_PATH.exec(p)?.[1] : undefined);
  const kind = change.status[0];
  const [from, to] = change.paths;
  const events: [string, "A" | "M" | "D"][] = [];
  const push = (s: string | undefined, e: "A" | "M" | "D") => s && events.push([s, e]);
  if (kind === "R") {
    // A rename is a slug change: the old slug goes, the new one comes (a move within a slug is a change).
    if (slug(from) === slug(to)) push(slug(to), "M");
    else {
      push(slug(from), "D");
      push(slug(to), "A");
    }
  } else if (kind === "C") push(slug(to), "A");
  else if (kind === "A") push(slug(from), "A");
  else if (kind === "D") push(slug(from), "D");
  else push(slug(from), "M"); // M, T (type change), U, X: the file is there and differs
  return events;
}

function step(state: Net | undefined, event: "A" | "M" | "D"): Net | undefined {
  if (event === "A") return state === "removed" ? "changed" : "added";
  if (event === "M") return state ?? "changed";
  return state === "added" ? undefined : "removed";
}

/**
 * Data releases from `git log --format=${GIT_LOG_FORMAT} --name-status -- content/` output, newest
 * first. Days on which no record and no registry changed (documentation only) are left out.
 */
export function parseGitLog(output: string): ChangelogEntry[] {
  const byDate = new Map<string, Commit[]>();
  for (const commit of parseCommits(output)) {
    const date = commit.time.slice(0, 10);
    const day = byDate.get(date);
    if (day) day.push(commit);
    else byDate.set(date, [commit]);
  }
  const entries: ChangelogEntry[] = [];
  for (const [date, commits] of byDate) {
    // git gives newest first; replay the day oldest first (by time; ties in git's order, reversed).
    const chronological = [...commits].reverse().sort((a, b) => byInstant(a.time, b.time));
    const states = new Map<string, Net | undefined>();
    const registries = new Set<string>();
    for (const commit of chronological) {
      for (const change of commit.changes) {
        for (const [slug, event] of recordEvents(change)) states.set(slug, step(states.get(slug), event));
        for (const p of change.paths) {
          const registry = REGISTRY_PATH.exec(p)?.[1];
          if (registry) registries.add(registry);
        }
      }
    }
    const having = (net: Net) => [...states].filter(([, s]) => s === net).map(([slug]) => slug).sort();
    const entry: ChangelogEntry = {
      date,
      updated: chronological.at(-1)!.time,
      commits: commits.map((c) => c.hash),
      added: having("added"),
      changed: having("changed"),
      removed: having("removed"),
      registries: [...registries].sort(),
      registriesChanged: registries.size > 0,
      baseline: commits.some((c) => c.parents.length === 0),
    };
    if (entry.added.length || entry.changed.length || entry.removed.length || entry.registriesChanged) entries.push(entry);
  }
  return entries.sort((a, b) => b.date.localeCompare(a.date));
}

function byInstant(a: string, b: string): number {
  return Date.parse(a) - Date.parse(b) || a.localeCompare(b);
}

const read = new Map<string, ChangelogEntry[]>();

/**
 * The changelog of the repository at `root`, from one `git log` call (made once per process and
 * root: the /data/ pages and changes.xml share it). Outside a git checkout, with no git, or with a
 * history that does not reach content/, it is empty — never an error.
 */
export function readChangelog(root: string, dir = "content"): ChangelogEntry[] {
  const key = `${root}\n${dir}`;
  const known = read.get(key);
  if (known) return known;
  let entries: ChangelogEntry[] = [];
  try {
    const output = execFileSync(
      "git",
      ["-c", "core.quotePath=false", "log", "--no-merges", "--find-renames", `--format=${GIT_LOG_FORMAT}`, "--name-status", "--", `${dir}/`],
      { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 64 * 1024 * 1024 },
    );
    entries = parseGitLog(output);
  } catch {
    // not a git checkout (a fixture, an export tarball), or no git: no changelog
  }
  read.set(key, entries);
  return entries;
}

// ---------- Atom ----------

export interface AtomOptions {
  /** Public origin plus base path, without a trailing slash: "https://example.org/rcp". */
  siteUrl: string;
  title: string;
  subtitle?: string;
  /** The feed's <updated> when there is no entry (RFC 3339). */
  updated?: string;
  /** Display name of a record, where it still exists (removed records are named by slug). */
  recordName?: (slug: string) => string | undefined;
  /** Most entries in the feed (50). */
  limit?: number;
}

/** Escape text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line saying what a release changed: "2 records added, 9 changed; registries: countries.yaml." */
export function releaseSummary(entry: ChangelogEntry): string {
  const parts: string[] = [];
  if (entry.added.length) parts.push(`${plural(entry.added.length, "record", "records")} ${entry.baseline ? "at the start of the recorded history" : "added"}`);
  if (entry.changed.length) parts.push(`${plural(entry.changed.length, "record", "records")} changed`);
  if (entry.removed.length) parts.push(`${plural(entry.removed.length, "record", "records")} removed`);
  const records = parts.join(", ");
  const registries = entry.registriesChanged ? `registries changed: ${entry.registries.join(", ")}` : "";
  return `${[records, registries].filter(Boolean).join("; ")}.`.replace(/^./, (c) => c.toUpperCase());
}

/** A tag URI (RFC 4151) for a release, where the site has a DNS name; else a stable URL. */
function entryId(siteUrl: string, dataPage: string, date: string): string {
  let host = "";
  try {
    host = new URL(siteUrl).hostname;
  } catch {
    // not a URL: fall back below
  }
  const dnsName = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host) && !/^[\d.]+$/.test(host);
  return dnsName ? `tag:${host},${date}:rcp-explorer/data-release/${date}` : `${dataPage}#release-${date}`;
}

/** The Atom 1.0 feed of the newest releases (at most `limit`, 50), each linking to the /data/ page. */
export function changelogAtom(entries: readonly ChangelogEntry[], options: AtomOptions): string {
  const siteUrl = options.siteUrl.replace(/\/$/, "");
  const dataPage = `${siteUrl}${pathOf({ page: "data" })}`;
  const feedUrl = `${dataPage}changes.xml`;
  const shown = [...entries].sort((a, b) => b.date.localeCompare(a.date)).slice(0, options.limit ?? 50);
  const updated = shown.map((e) => e.updated).sort(byInstant).at(-1) ?? options.updated ?? "1970-01-01T00:00:00Z";
  const recordItem = (slug: string, link: boolean) => {
    const name = options.recordName?.(slug);
    const label = escapeXml(name ? `${name} (${slug})` : slug);
    return link && name ? `<li><a href="${escapeXml(`${siteUrl}${pathOf({ page: "process", slug })}`)}">${label}</a></li>` : `<li>${label}</li>`;
  };
  const section = (heading: string, slugs: string[], link: boolean) =>
    slugs.length ? `<h3>${escapeXml(heading)}</h3><ul>${slugs.map((s) => recordItem(s, link)).join("")}</ul>` : "";
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feedUrl)}</id>`,
    `  <title>${escapeXml(options.title)}</title>`,
    ...(options.subtitle ? [`  <subtitle>${escapeXml(options.subtitle)}</subtitle>`] : []),
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(dataPage)}"/>`,
    "  <author><name>RCP Explorer contributors</name></author>",
    "  <rights>CC BY 4.0</rights>",
    ...shown.flatMap((entry) => {
      const summary = releaseSummary(entry);
      const html =
        `<p>${escapeXml(summary)}</p>` +
        section(entry.baseline ? "Records at the start of the recorded history" : "Added", entry.added, true) +
        section("Changed", entry.changed, true) +
        section("Removed", entry.removed, false) +
        (entry.registriesChanged ? `<h3>Registries</h3><ul>${entry.registries.map((r) => `<li>${escapeXml(r)}</li>`).join("")}</ul>` : "");
      return [
        "  <entry>",
        `    <id>${escapeXml(entryId(siteUrl, dataPage, entry.date))}</id>`,
        `    <title>${escapeXml(`Data release ${entry.date}`)}</title>`,
        `    <updated>${escapeXml(entry.updated)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(dataPage)}"/>`,
        `    <summary type="text">${escapeXml(summary)}</summary>`,
        `    <content type="html">${escapeXml(html)}</content>`,
        "  </entry>",
      ];
    }),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}
