/**
 * Synthetic content for the benchmark: the real records plus varied copies of them, written into a
 * content root of its own (never into content/), so that the site can be built at 200, 500 or 1,000
 * records and still validate.
 *
 *   npx tsx scripts/bench/synthetic.ts <records> <dir>     (writes <dir>/content/, prints a summary)
 *
 * Each copy is a real record with a new slug and English name (unique after folding, as the
 * validator requires), its French/Spanish and former names marked the same way, and its country
 * lists shuffled: one random one-to-one mapping of the real content's country codes per copy,
 * applied to every list, snapshot and chair of the record, so that a list keeps its size, its
 * roles stay disjoint and a chair stays in the list it chaired. Codes a record reaches through a
 * group (registries/groups.yaml) are left where they are, so a mapped code never collides with a
 * group's member in another role. Sources, themes, organisations and groups are kept as they are
 * (all valid references). Predecessor/successor links are kept mutual inside one round of copies
 * and dropped where the other end was not copied (a "succeeded" record then becomes "inactive").
 * Deterministic: the same count gives the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isMap, isScalar, isSeq, parseDocument, type Document } from "yaml";
import { loadContentFrom } from "../../src/lib/content/load";
import { foldName } from "../../src/lib/names";

const ROLE_FIELDS = ["members", "observerStates", "partnerStates", "guestStates"] as const;

/** A small seeded generator (mulberry32): reproducible shuffles. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SYLLABLES = ["ka", "lo", "mi", "ra", "sen", "tu", "vo", "da", "ne", "ri", "sa", "po", "le", "ma", "no", "zi", "be", "qu", "fa", "go", "hi", "ju", "ta", "ve"];

/** A made-up place-like word, unique per copy number (a base-24 spelling of an injective function of it, capitalised). */
function placeWord(n: number): string {
  let word = "";
  let x = n * 37 + 600; // at least two syllables, varied from one copy to the next
  while (x > 0) {
    word = SYLLABLES[x % SYLLABLES.length] + word;
    x = Math.floor(x / SYLLABLES.length);
  }
  return word[0].toUpperCase() + word.slice(1);
}

interface RealRecord {
  slug: string;
  frontmatter: string;
  body: string;
}

function splitRecord(text: string): { frontmatter: string; body: string } {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  if (lines[0] !== "---") throw new Error("record does not start with ---");
  const end = lines.indexOf("---", 1);
  if (end < 0) throw new Error("record has no closing ---");
  return { frontmatter: lines.slice(1, end).join("\n"), body: lines.slice(end + 1).join("\n") };
}

export interface SyntheticSummary {
  records: number;
  real: number;
  copies: number;
  countriesInPool: number;
  root: string;
}

/**
 * Writes `<dir>/content/` with `records` records: the real ones first (all of them when
 * `records` ≥ their number), then copies in rounds over the real records.
 */
export function writeSyntheticRoot(realRoot: string, dir: string, records: number, seed = 20240601): SyntheticSummary {
  const real = loadContentFrom(realRoot);
  const resolve = (reference: string) => {
    const r = real.registries.countries.resolve(reference);
    return r.ok ? r.code : reference;
  };
  const groupMembers = new Map(real.registries.groups.map((g) => [g.id, g.members]));
  const processDir = path.join(realRoot, "content/processes");
  const sources: RealRecord[] = readdirSync(processDir)
    .filter((f) => f.endsWith(".md") && !f.startsWith("."))
    .sort()
    .map((f) => ({ slug: f.slice(0, -3), ...splitRecord(readFileSync(path.join(processDir, f), "utf8")) }));

  // The pool: every country code the real content uses, in any list of any record.
  const pool = new Set<string>();
  for (const p of real.processes) {
    for (const list of p.lists) for (const m of list.memberships) if (!m.viaGroup) pool.add(m.country);
    for (const c of p.chair) if (c.country) pool.add(c.country);
  }
  const poolCodes = [...pool].filter((c) => /^[A-Z]{3}$/.test(c)).sort();

  rmSync(path.join(dir, "content"), { recursive: true, force: true });
  mkdirSync(path.join(dir, "content/processes"), { recursive: true });
  cpSync(path.join(realRoot, "content/registries"), path.join(dir, "content/registries"), { recursive: true });

  const rand = random(seed + records);
  const usedNames = new Set(real.processes.map((p) => foldName(p.name.en)));
  const usedSlugs = new Set<string>();
  // Which real records go into which round: round 0 is the real records themselves.
  const plan: { source: RealRecord; round: number }[] = [];
  for (let i = 0; plan.length < records; i++) plan.push({ source: sources[i % sources.length], round: Math.floor(i / sources.length) });
  const inRound = new Map<number, Set<string>>();
  for (const { source, round } of plan) {
    if (!inRound.has(round)) inRound.set(round, new Set());
    inRound.get(round)!.add(source.slug);
  }
  const slugIn = (slug: string, round: number) => (round === 0 ? slug : `${slug}-${placeWord(round).toLowerCase()}`);

  for (const { source, round } of plan) {
    const slug = slugIn(source.slug, round);
    if (usedSlugs.has(slug)) throw new Error(`duplicate synthetic slug ${slug}`);
    usedSlugs.add(slug);
    const doc = parseDocument(source.frontmatter, { keepSourceTokens: false });
    if (round > 0) {
      const word = placeWord(round);
      const en = `${String(doc.getIn(["name", "en"]))} ${word}`;
      const key = foldName(en);
      if (usedNames.has(key)) throw new Error(`duplicate synthetic name ${en}`);
      usedNames.add(key);
      doc.setIn(["name", "en"], en);
      for (const lang of ["fr", "es"]) if (doc.hasIn(["name", lang])) doc.setIn(["name", lang], `${String(doc.getIn(["name", lang]))} ${word}`);
      if (doc.has("acronym")) doc.set("acronym", `${String(doc.get("acronym"))}-${word.toUpperCase()}`);
      const former = doc.get("formerNames");
      if (isSeq(former)) for (const item of former.items) if (isMap(item)) item.set("name", `${String(item.get("name"))} ${word}`);
      relinkSuccession(doc, round, inRound.get(round)!, slugIn);
      shuffleCountries(doc, poolCodes, groupMembers, resolve, rand);
    } else {
      relinkSuccession(doc, 0, inRound.get(0)!, slugIn);
    }
    const yaml = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    writeFileSync(path.join(dir, "content/processes", `${slug}.md`), `---\n${yaml.trimEnd()}\n---\n${source.body}`);
  }
  return { records, real: sources.length, copies: Math.max(0, records - sources.length), countriesInPool: poolCodes.length, root: dir };
}

/** Keeps predecessor/successor mutual inside one round; drops a link whose other end is not in it. */
function relinkSuccession(doc: Document, round: number, slugsInRound: Set<string>, slugIn: (slug: string, round: number) => string) {
  for (const field of ["predecessor", "successor"]) {
    if (!doc.has(field)) continue;
    const target = String(doc.get(field));
    if (slugsInRound.has(target)) doc.set(field, slugIn(target, round));
    else {
      doc.delete(field);
      if (field === "successor" && doc.get("status") === "succeeded") doc.set("status", "inactive");
    }
  }
}

/**
 * One random one-to-one mapping of the pool (less the codes the record reaches through a group)
 * onto itself, applied to every country the record names: lists keep their sizes and stay
 * disjoint, a chair stays in the list it chaired.
 */
function shuffleCountries(doc: Document, poolCodes: string[], groupMembers: Map<string, readonly string[]>, resolve: (r: string) => string, rand: () => number) {
  const lists = [doc.contents, ...(isSeq(doc.get("snapshots")) ? (doc.get("snapshots") as { items: unknown[] }).items : [])].filter(isMap);
  const fixed = new Set<string>();
  for (const list of lists) {
    const groups = list.get("memberGroups");
    if (!isSeq(groups)) continue;
    for (const g of groups.items) if (isMap(g)) for (const code of groupMembers.get(String(g.get("group"))) ?? []) fixed.add(code);
  }
  const movable = poolCodes.filter((c) => !fixed.has(c));
  const image = shuffle(movable, rand);
  const mapping = new Map(movable.map((c, i) => [c, image[i]]));
  const map = (reference: string) => {
    const code = resolve(reference);
    return mapping.get(code) ?? code;
  };
  for (const list of lists) {
    for (const field of ROLE_FIELDS) {
      const node = list.get(field, true);
      if (!isSeq(node)) continue;
      for (const item of node.items) if (isScalar(item)) item.value = map(String(item.value));
    }
  }
  const chair = doc.get("chair");
  if (isSeq(chair)) for (const c of chair.items) if (isMap(c) && c.has("country")) c.set("country", map(String(c.get("country"))));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const records = Number(process.argv[2]);
  const dir = process.argv[3];
  if (!Number.isInteger(records) || records < 1 || !dir) {
    console.error("usage: tsx scripts/bench/synthetic.ts <records> <dir>");
    process.exit(2);
  }
  const summary = writeSyntheticRoot(process.cwd(), path.resolve(dir), records);
  console.log(`Wrote ${summary.records} records (${summary.real} real, ${summary.copies} copies; ${summary.countriesInPool} countries in the pool) into ${path.join(summary.root, "content")}/`);
}
