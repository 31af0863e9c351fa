/**
 * The open data (CONTRACTS.md: Open data): the data package against the published Frictionless v1
 * JSON Schemas (vendored in tests/schemas/), every CSV against its own table schema, the membership
 * tables' logic on random synthetic records, the changelog and its Atom feed, the catalogue and
 * the citation files.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";
import Ajv2020 from "ajv/dist/2020";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";
import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import type { MembershipList, Process, Role } from "@/lib/content/types";
import { toCsv } from "@/lib/csv";
import { catalogue, csvPreview, datasetInfo, servedFiles } from "@/lib/openData/catalogue";
import { changelogAtom, parseGitLog, readChangelog, type ChangelogEntry } from "@/lib/openData/changelog";
import { citationCff, suggestedCitation } from "@/lib/openData/citation";
import { dataPackage, md5, type TabularResource } from "@/lib/openData/datapackage";
import { processesJsonSchema } from "@/lib/openData/processesJson";
import { tables, type BuiltTable } from "@/lib/openData/tables";
import { buildSiteData, type SiteData } from "@/lib/siteData";

const ROOT = path.resolve(import.meta.dirname, "../..");
const data = buildSiteData(loadContentFrom(ROOT));
const built = tables(data);
const SITE = "https://example.org/rcp";

type Row = Record<string, string>;
const records = (csv: string) => parse(csv, { columns: true }) as Row[];
const table = (t: readonly BuiltTable[], name: string) => t.find((x) => x.spec.name === name)!;
const schemaJson = (file: string) => JSON.parse(readFileSync(path.join(ROOT, "tests/schemas", file), "utf8"));

// ---------- the data package against the published schemas ----------

describe("datapackage.json", () => {
  const ajv = new AjvDraft04({ allErrors: true, strict: false });
  addFormats(ajv);
  ajv.addFormat("textarea", true); // an editor hint in the Frictionless schemas, not a format to check
  const validatePackage = ajv.compile(schemaJson("data-package.json"));
  const validateTabular = ajv.compile(schemaJson("tabular-data-resource.json"));
  const pkg = dataPackage(data, built);
  const errors = (v: typeof validatePackage) => JSON.stringify(v.errors, null, 1);

  it("validates against the Data Package v1 profile", () => {
    expect(validatePackage(pkg), errors(validatePackage)).toBe(true);
  });

  it("describes every CSV as a Tabular Data Resource that validates against its v1 profile", () => {
    const tabular = pkg.resources.filter((r): r is TabularResource => r.profile === "tabular-data-resource");
    expect(tabular.map((r) => r.path)).toEqual(built.map((t) => t.spec.file));
    for (const resource of tabular) expect(validateTabular(resource), `${resource.name}: ${errors(validateTabular)}`).toBe(true);
  });

  it("has teeth: the schemas reject a broken descriptor", () => {
    const broken = structuredClone(pkg) as unknown as Record<string, unknown> & { resources: Record<string, unknown>[] };
    expect(validatePackage({ ...broken, name: "RCP Explorer" })).toBe(false);
    expect(validatePackage({ ...broken, homepage: "not a uri" })).toBe(false);
    expect(validatePackage({ ...broken, resources: [] })).toBe(false);
    const resource = structuredClone(pkg.resources[0]) as TabularResource;
    expect(validateTabular({ ...resource, schema: { ...resource.schema, fields: [{ name: "x", type: "text" }] } })).toBe(false);
    expect(validateTabular({ ...resource, schema: { ...resource.schema, foreignKeys: [] } })).toBe(false);
    expect(validateTabular({ ...resource, hash: "not-md5" })).toBe(false);
    expect(validateTabular({ ...resource, dialect: { delimiter: "," } })).toBe(false);
  });

  it("states the licence, the version, the homepage and the five sources", () => {
    expect(pkg.licenses).toEqual([{ name: "CC-BY-4.0", path: "https://creativecommons.org/licenses/by/4.0/", title: "Creative Commons Attribution 4.0" }]);
    expect(pkg.version).toBe(data.version);
    expect(pkg.homepage).toMatch(/\/data\/$/);
    expect(pkg.sources.map((s) => s.id)).toEqual(data.registries.sources.map((s) => s.id));
    expect(pkg.sources.every((s) => s.title && s.date)).toBe(true);
  });

  it("gives each file's size and MD5, and lists processes.json with its JSON Schema", () => {
    for (const t of built) {
      const resource = pkg.resources.find((r) => r.path === t.spec.file)!;
      expect(resource.bytes).toBe(Buffer.byteLength(t.csv(), "utf8"));
      expect(resource.hash).toBe(md5(t.csv()));
    }
    expect(pkg.resources.find((r) => r.path === "processes.json")).toMatchObject({ profile: "data-resource", format: "json", schema: "processes.schema.json" });
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
  });

  it("processes.json validates against processes.schema.json", () => {
    const ajv2020 = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv2020.compile(processesJsonSchema());
    const json = JSON.parse(catalogue(data, { root: ROOT, siteUrl: SITE }).find((f) => f.name === "processes.json")!.body());
    expect(validate(json), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    expect(json).toHaveLength(data.processes.length);
  });
});

// ---------- every CSV against its own table schema ----------

/** Every way a CSV's cells break its table schema (types, constraints, primary key). */
function tableProblems(t: BuiltTable): string[] {
  const rows = records(t.csv());
  const problems: string[] = [];
  for (const column of t.spec.columns) {
    const c = (column.constraints ?? {}) as { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const v = row[column.name];
      const at = `${t.spec.file} row ${i + 2} ${column.name}=${JSON.stringify(v)}`;
      if (v === undefined) return problems.push(`${at}: missing cell`);
      if (v === "") return c.required ? problems.push(`${at}: required`) : undefined;
      if (column.type === "integer" && !/^[+-]?\d+$/.test(v)) problems.push(`${at}: not an integer`);
      if (column.type === "boolean" && !["true", "false"].includes(v)) problems.push(`${at}: not a boolean`);
      if (c.enum && !c.enum.includes(v)) problems.push(`${at}: not one of ${c.enum.join(", ")}`);
      // Table Schema patterns match the whole value (XML Schema regexes are implicitly anchored).
      if (c.pattern && !new RegExp(`^(?:${c.pattern})$`).test(v)) problems.push(`${at}: does not match ${c.pattern}`);
      if (c.unique && seen.has(v)) problems.push(`${at}: not unique`);
      seen.add(v);
    });
  }
  const keys = new Map<string, number>();
  rows.forEach((row, i) => {
    const key = JSON.stringify(t.spec.primaryKey.map((f) => row[f]));
    if (keys.has(key)) problems.push(`${t.spec.file} rows ${keys.get(key)! + 2} and ${i + 2}: primary key ${key} repeated`);
    keys.set(key, i);
  });
  return problems;
}

describe("the CSVs", () => {
  it("write a header equal to their schema's field names, in order", () => {
    const pkg = dataPackage(data, built);
    for (const t of built) {
      const header = t.csv().split("\r\n")[0];
      const resource = pkg.resources.find((r) => r.path === t.spec.file) as TabularResource;
      expect(header.split(","), t.spec.file).toEqual(resource.schema.fields.map((f) => f.name));
      expect(t.csv().charCodeAt(0)).not.toBe(0xfeff);
    }
  });

  it("memberships.csv keeps the contract's header exactly", () => {
    expect(table(built, "memberships").csv().split("\r\n")[0]).toBe(
      "process_slug,process_name,country_iso3,country_name,role,via_group,process_status,as_of,source",
    );
  });

  it("fit their declared types and constraints, and their primary keys are unique", () => {
    for (const t of built) expect(tableProblems(t), t.spec.file).toEqual([]);
    expect(table(built, "memberships").rowCount()).toBeGreaterThan(0);
  });

  it("the checks catch a bad cell", () => {
    const fake = { ...table(built, "memberships"), csv: () => "process_slug,process_name,country_iso3,country_name,role,via_group,process_status,as_of,source\r\n,x,ghana,Ghana,boss,,active,2017,s\r\n" };
    expect(tableProblems(fake)).toEqual([
      expect.stringContaining("process_slug=\"\": required"),
      expect.stringContaining("country_iso3=\"ghana\": does not match"),
      expect.stringContaining("role=\"boss\": not one of"),
    ]);
  });

  it("resolve every foreign key", () => {
    const rowsOf = new Map(built.map((t) => [t.spec.name, records(t.csv())]));
    const slugs = new Set(rowsOf.get("processes")!.map((r) => r.slug));
    const codes = new Set(rowsOf.get("countries")!.map((r) => r.iso3));
    expect(slugs.size).toBe(data.processes.length);
    for (const t of built) {
      for (const fk of t.spec.foreignKeys) {
        const target = new Set(rowsOf.get(fk.reference.resource)!.map((r) => JSON.stringify(fk.reference.fields.map((f) => r[f]))));
        const missing = rowsOf.get(t.spec.name)!.map((r) => JSON.stringify(fk.fields.map((f) => r[f]))).filter((k) => !target.has(k));
        expect([...new Set(missing)], `${t.spec.file} → ${fk.reference.resource}`).toEqual([]);
      }
      const rows = rowsOf.get(t.spec.name)!;
      if (t.spec.columns.some((c) => c.name === "process_slug")) expect(rows.filter((r) => !slugs.has(r.process_slug)), t.spec.file).toEqual([]);
      if (t.spec.columns.some((c) => c.name === "country_iso3")) expect(rows.filter((r) => !codes.has(r.country_iso3)), t.spec.file).toEqual([]);
    }
  });
});

// ---------- formula escaping ----------

describe("formula escaping", () => {
  const risky = ["=SUM(A1:A9)", "+33 1 23", "-2", "@cmd", "\tx", "\rx"];

  it("toCsv prefixes a cell beginning with =, +, -, @ (or a tab or CR) with an apostrophe (numbers stay numbers)", () => {
    const [, ...rows] = parse(toCsv(["v"], [...risky.map((v) => [v]), ["plain"], [-5], [null]])) as string[][];
    expect(rows.map((r) => r[0])).toEqual([...risky.map((v) => `'${v}`), "plain", "-5", ""]);
  });

  it("a real table escapes a synthetic row's values", () => {
    const real = data.processes.find((p) => p.current.memberships.length)!;
    const p: Process = { ...real, slug: "formula-test", name: { en: '=HYPERLINK("http://x","y")', fr: "+fr", es: "-es" }, acronym: "@ACR" };
    const fake: SiteData = { ...data, processes: [p] };
    const t = tables(fake);
    const [row] = records(table(t, "processes").csv());
    expect([row.name, row.name_fr, row.name_es, row.acronym]).toEqual(["'=HYPERLINK(\"http://x\",\"y\")", "'+fr", "'-es", "'@ACR"]);
    expect(new Set(records(table(t, "memberships").csv()).map((r) => r.process_name))).toEqual(new Set(["'=HYPERLINK(\"http://x\",\"y\")"]));
  });

  it("no cell of any published CSV begins with =, +, -, @ unescaped", () => {
    for (const t of built) {
      const cells = (parse(t.csv()) as string[][]).flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), t.spec.file).toEqual([]);
    }
  });
});

// ---------- spells and panel on random synthetic records ----------

const ROLES: readonly Role[] = ["member", "observer", "partner", "guest"];
const POOL = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF", "GGG"];

/** mulberry32: a small seeded PRNG, so that a failure can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}

interface Synthetic {
  process: Process;
  sources: { id: string; date: string }[];
}

/** A record with 1–6 dated lists from 2–7 sources: random coverage, unnamed groups, names and roles. */
function syntheticRecord(seed: number): Synthetic {
  const r = random(seed);
  let year = 1995 + r.int(6);
  const sources = Array.from({ length: 2 + r.int(6) }, (_, i) => {
    year += 1 + r.int(4);
    return { id: `s${i}`, date: r.next() < 0.5 ? `${year}` : `${year}-${String(1 + r.int(12)).padStart(2, "0")}` };
  });
  let listed = sources.filter(() => r.next() < 0.7);
  if (!listed.length) listed = [r.pick(sources)];
  const lists: MembershipList[] = listed.map((s, i) => {
    const covers = ROLES.filter((role) => r.next() < (role === "member" ? 0.85 : 0.4));
    // A list's date is its source's, or another month of the source's year (iom-2005 "2005" → "2005-05").
    const asOf = r.next() < 0.6 ? s.date : `${s.date.slice(0, 4)}-${String(1 + r.int(12)).padStart(2, "0")}`;
    return {
      asOf,
      source: s.id,
      current: i === listed.length - 1,
      covers,
      memberships: covers.length ? POOL.flatMap((country) => (r.next() < 0.35 ? [] : [{ country, role: r.pick(covers) }])) : [],
      memberGroups: [],
      unnamedGroups: covers.filter(() => r.next() < 0.15).map((role) => ({ name: "Some states", count: 2, role, source: s.id })),
      memberOrganizations: [],
      observerOrganizations: [],
    };
  });
  const yearOf = (d: string) => Number(d.slice(0, 4));
  const first = yearOf(lists[0].asOf);
  const last = yearOf(lists.at(-1)!.asOf);
  const process = {
    slug: `synthetic-${seed}`,
    name: { en: `Synthetic ${seed}` },
    lists,
    current: lists.at(-1)!,
    foundedYear: r.next() < 0.8 ? first - r.int(4) : null,
    endedYear: r.next() < 0.3 ? last + r.int(3) : undefined,
  } as unknown as Process;
  return { process, sources };
}

/** The synthetic record's published panel and spells, from the real table definitions. */
function publishedTables({ process, sources }: Synthetic) {
  const fake = {
    ...data,
    processes: [process],
    registries: { ...data.registries, sources: sources.map((s) => ({ ...data.registries.sources[0], ...s })) },
  } as SiteData;
  const t = tables(fake);
  return { panel: records(table(t, "membership-panel").csv()), spells: records(table(t, "membership-spells").csv()) };
}

const roleIn = (list: MembershipList, country: string) => list.memberships.find((m) => m.country === country)?.role;
const certainlyCoversMembers = (list: MembershipList) => list.covers.includes("member") && !list.unnamedGroups.some((g) => g.role === "member");

describe("membership spells and panel agree with the lists (random records)", () => {
  const cases = Array.from({ length: 300 }, (_, i) => syntheticRecord(1000 + i));

  it("panel: a role only where the list names it, not-listed only where the list covers members, not-covered where there is no list to say", () => {
    let withRole = 0;
    let notListed = 0;
    for (const c of cases) {
      const { process, sources } = c;
      const { panel } = publishedTables(c);
      const named = [...new Set(process.lists.flatMap((l) => l.memberships.map((m) => m.country)))].sort();
      // One row per country × source document, dated by the source's list where it has one.
      const dateOf = (s: { id: string; date: string }) => process.lists.find((l) => l.source === s.id)?.asOf ?? s.date;
      expect(panel.map((r) => `${r.country_iso3} ${r.as_of}`), process.slug).toEqual(named.flatMap((c) => sources.map((s) => `${c} ${dateOf(s)}`)));
      for (const row of panel) {
        const where = `${process.slug} ${row.country_iso3} ${row.as_of} ${row.status}`;
        const source = sources.find((s) => dateOf(s) === row.as_of)!;
        const list = process.lists.find((l) => l.source === source.id);
        const role = list && roleIn(list, row.country_iso3);
        if ((ROLES as string[]).includes(row.status)) {
          withRole++;
          expect(role, where).toBe(row.status);
        } else if (row.status === "not-listed") {
          notListed++;
          expect(list && !role && certainlyCoversMembers(list), where).toBe(true);
        } else if (row.status === "not-covered") {
          expect(!list || (!role && !certainlyCoversMembers(list)), where).toBe(true);
        } else {
          expect(row.status, where).toBe("not-in-existence");
          expect(list, where).toBeUndefined();
        }
        if (role) expect(row.status, where).toBe(role);
        if (!list) {
          const year = Number(row.as_of.slice(0, 4));
          const outside = (process.foundedYear !== null && year < process.foundedYear) || (process.endedYear !== undefined && year > process.endedYear);
          expect(row.status, where).toBe(outside ? "not-in-existence" : "not-covered");
        }
      }
    }
    expect(withRole).toBeGreaterThan(100);
    expect(notListed).toBeGreaterThan(50);
  });

  it("spells: consecutive lists that all name the country in the role, bounded by lists that do not, never across a list without the role", () => {
    let spanning = 0;
    for (const c of cases) {
      const { process } = c;
      const { spells } = publishedTables(c);
      const index = new Map(process.lists.map((l, i) => [l.source, i]));
      const covered = new Set<string>();
      for (const spell of spells) {
        const where = `${process.slug} ${spell.country_iso3} ${spell.role} ${spell.sources}`;
        const at = spell.sources.split(";").map((s) => index.get(s)!);
        at.forEach((i, k) => k && expect(i, where).toBe(at[k - 1] + 1));
        for (const i of at) {
          const list = process.lists[i];
          expect(list.covers, where).toContain(spell.role);
          expect(roleIn(list, spell.country_iso3), where).toBe(spell.role);
          const key = `${i}|${spell.country_iso3}|${spell.role}`;
          expect(covered.has(key), `${where}: in two spells`).toBe(false);
          covered.add(key);
        }
        const before = process.lists[at[0] - 1];
        const after = process.lists[at.at(-1)! + 1];
        if (before) expect(roleIn(before, spell.country_iso3), where).not.toBe(spell.role);
        if (after) expect(roleIn(after, spell.country_iso3), where).not.toBe(spell.role);
        expect(spell.first_listed, where).toBe(process.lists[at[0]].asOf);
        expect(spell.last_listed, where).toBe(process.lists[at.at(-1)!].asOf);
        if (at.length > 1) spanning++;
      }
      // Every naming belongs to a spell.
      process.lists.forEach((list, i) => list.memberships.forEach((m) => expect(covered.has(`${i}|${m.country}|${m.role}`), `${process.slug} ${m.country}`).toBe(true)));
    }
    expect(spanning).toBeGreaterThan(50);
  });
});

describe("membership panel on the real content", () => {
  it("shows Ghana as a MIDWA member at every dated list that names it, and not-listed at the lists that do not", () => {
    const midwa = data.bySlug.get("midwa")!;
    const panel = records(table(built, "membership-panel").csv()).filter((r) => r.process_slug === "midwa" && r.country_iso3 === "GHA");
    const naming = midwa.lists.filter((l) => roleIn(l, "GHA"));
    expect(naming.length).toBeGreaterThanOrEqual(3);
    for (const list of naming) expect(panel.find((r) => r.as_of === list.asOf)?.status, list.asOf).toBe("member");
    for (const list of midwa.lists.filter((l) => !roleIn(l, "GHA") && l.covers.includes("member")))
      expect(panel.find((r) => r.as_of === list.asOf)?.status, list.asOf).toBe("not-listed");
  });
});

// ---------- changelog and Atom ----------

const H = (hash: string, parents: string, time: string, subject: string) => `\x1e${hash}\x1f${parents}\x1f${time}\x1f${subject}\n`;
const SAMPLE_LOG = [
  H("c4", "c3", "2026-12-02T18:00:00+00:00", "Docs only"),
  "\nM\tcontent/README.md\n",
  H("c3b", "c3", "2026-12-02T11:00:00+00:00", "A temporary record removed again the same day"),
  "\nD\tcontent/processes/tmp.md\n",
  H("c3", "c2", "2026-12-02T10:00:00+00:00", "Records"),
  "\nM\tcontent/processes/alpha.md\nD\tcontent/processes/beta.md\nR097\tcontent/processes/gamma.md\tcontent/processes/gamma-process.md\nM\tcontent/registries/countries.yaml\nA\tcontent/processes/tmp.md\n",
  H("c2", "c1", "2026-12-02T09:00:00+00:00", "New record"),
  "\nA\tcontent/processes/delta.md\nM\tcontent/README.md\n",
  H("c1b", "c1", "2026-12-01T20:00:00+00:00", "Docs: a day with nothing for the data"),
  "\nM\tcontent/README.md\n",
  H("c1", "", "2026-11-30T09:00:00+01:00", "Initial content"),
  "\nA\tcontent/processes/alpha.md\nA\tcontent/processes/beta.md\nA\tcontent/processes/gamma.md\nA\tcontent/registries/sources.yaml\nA\tcontent/processes/notes.txt\n",
].join("");

describe("changelog", () => {
  it("parses git log --name-status into one release per date, newest first, with net record changes", () => {
    const entries = parseGitLog(SAMPLE_LOG);
    expect(entries.map((e) => e.date)).toEqual(["2026-12-02", "2026-11-30"]);
    expect(entries[0]).toMatchObject({
      updated: "2026-12-02T18:00:00+00:00",
      added: ["delta", "gamma-process"],
      changed: ["alpha"],
      removed: ["beta", "gamma"],
      registries: ["countries.yaml"],
      registriesChanged: true,
      baseline: false,
    });
    expect(entries[0].commits).toEqual(["c4", "c3b", "c3", "c2"]);
    expect(entries[1]).toMatchObject({ added: ["alpha", "beta", "gamma"], changed: [], removed: [], registries: ["sources.yaml"], baseline: true });
  });

  it("is empty, not an error, without history", () => {
    expect(parseGitLog("")).toEqual([]);
    expect(parseGitLog("not git output at all\n")).toEqual([]);
    const dir = mkdtempSync(path.join(tmpdir(), "rcp-nogit-"));
    try {
      expect(readChangelog(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads this repository's history with one git call", () => {
    const entries = readChangelog(ROOT);
    for (const e of entries) expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([...entries].sort((a, b) => b.date.localeCompare(a.date))).toEqual(entries);
  });
});

interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** A tiny well-formedness check and tree builder: balanced tags, quoted attributes, valid entities, one root. */
function parseXml(xml: string): XmlNode {
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
  const checkText = (text: string) => {
    if (text.includes("<")) throw new Error(`stray < in ${JSON.stringify(text.slice(0, 40))}`);
    if (text.replace(entity, "").includes("&")) throw new Error(`bad entity in ${JSON.stringify(text.slice(0, 40))}`);
    return text.replace(entity, (e) => ({ "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" })[e] ?? e);
  };
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: XmlNode[] = [];
  let root: XmlNode | undefined;
  while (rest.length) {
    const lt = rest.indexOf("<");
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (text) {
      const decoded = checkText(text);
      if (stack.length) stack.at(-1)!.text += decoded;
      else if (text.trim()) throw new Error("text outside the root element");
    }
    if (lt < 0) break;
    const gt = rest.indexOf(">", lt);
    if (gt < 0) throw new Error("unclosed tag");
    const tag = rest.slice(lt + 1, gt);
    rest = rest.slice(gt + 1);
    if (tag.startsWith("/")) {
      const open = stack.pop();
      if (!open || open.name !== tag.slice(1).trim()) throw new Error(`</${tag.slice(1)}> closes <${open?.name}>`);
      continue;
    }
    const m = /^([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)$/.exec(tag);
    if (!m) throw new Error(`malformed tag <${tag}>`);
    const attrs: Record<string, string> = {};
    for (const a of m[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      if (a[1] in attrs) throw new Error(`attribute ${a[1]} twice`);
      attrs[a[1]] = checkText(a[2] ?? a[3]);
    }
    const node: XmlNode = { name: m[1], attrs, children: [], text: "" };
    if (stack.length) stack.at(-1)!.children.push(node);
    else if (root) throw new Error("two root elements");
    else root = node;
    if (!m[3]) stack.push(node);
  }
  if (stack.length) throw new Error(`<${stack.at(-1)!.name}> not closed`);
  if (!root) throw new Error("no root element");
  return root;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const child = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);

describe("Atom feed of the changes", () => {
  const entries = parseGitLog(SAMPLE_LOG);

  it("is well-formed Atom 1.0, each entry linking to the /data/ page", () => {
    const xml = changelogAtom(entries, { siteUrl: SITE, title: "RCP Explorer: data releases", recordName: (s) => (s === "alpha" ? 'Alpha & "Beta" <Forum>' : undefined) });
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const feed = parseXml(xml);
    expect(feed.name).toBe("feed");
    expect(feed.attrs.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const name of ["id", "title", "updated", "author"]) expect(child(feed, name), name).toHaveLength(1);
    expect(child(feed, "updated")[0].text).toMatch(RFC3339);
    expect(child(feed, "link").find((l) => l.attrs.rel === "self")?.attrs.href).toBe(`${SITE}/data/changes.xml`);
    const items = child(feed, "entry");
    expect(items).toHaveLength(entries.length);
    const ids = items.map((e) => child(e, "id")[0].text);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, item] of items.entries()) {
      expect(ids[i]).toMatch(/^tag:example\.org,\d{4}-\d{2}-\d{2}:/);
      expect(child(item, "title")[0].text).toBe(`Data release ${entries[i].date}`);
      expect(child(item, "updated")[0].text).toMatch(RFC3339);
      expect(child(item, "link")[0].attrs.href).toBe(`${SITE}/data/`);
    }
    // Escaped once for the HTML, once for the XML: decoding gives back the HTML with the name escaped.
    const html = child(items[0], "content")[0].text;
    expect(html).toContain("Alpha &amp; &quot;Beta&quot; &lt;Forum&gt; (alpha)");
    expect(html).toContain(`href="${SITE}/processes/alpha/"`);
  });

  it("holds at most 50 entries, the newest, and stays valid with none", () => {
    const many: ChangelogEntry[] = Array.from({ length: 60 }, (_, i) => {
      const date = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      return { date, updated: `${date}T12:00:00Z`, commits: [`h${i}`], added: [], changed: ["alpha"], removed: [], registries: [], registriesChanged: false, baseline: false };
    });
    const feed = parseXml(changelogAtom(many, { siteUrl: SITE, title: "t" }));
    const items = child(feed, "entry");
    expect(items).toHaveLength(50);
    expect(child(items[0], "title")[0].text).toBe("Data release 2020-02-29");
    const empty = parseXml(changelogAtom([], { siteUrl: "http://localhost:3000", title: "t", updated: "2026-12-01T00:00:00Z" }));
    expect(child(empty, "entry")).toHaveLength(0);
    expect(child(empty, "updated")[0].text).toBe("2026-12-01T00:00:00Z");
  });

  it("the check catches malformed XML", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml("<a>x & y</a>")).toThrow();
    expect(() => parseXml('<a href="x>y</a>')).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
  });
});

// ---------- the catalogue ----------

describe("catalogue of open-data files", () => {
  const files = catalogue(data, { root: ROOT, siteUrl: SITE });
  const byName = (name: string) => files.find((f) => f.name === name)!;

  it("lists every published file once", () => {
    const names = files.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "processes.json",
        "processes.schema.json",
        "processes/{slug}.json",
        ...built.map((t) => t.spec.file),
        "countries.json",
        "themes.json",
        "organizations.json",
        "version.json",
        "datapackage.json",
        "changes.xml",
        "explorer-index.json",
      ]),
    );
    expect(servedFiles(data, { root: ROOT, siteUrl: SITE }).map((f) => f.name)).not.toContain("processes/{slug}.json");
    expect(catalogue(data, { root: ROOT, siteUrl: SITE })).toBe(files);
  });

  it("serves well-formed bodies with a matching content type", () => {
    for (const f of files) {
      const body = f.body();
      expect(body.length, f.name).toBeGreaterThan(0);
      if (f.name.endsWith(".json")) {
        expect(f.contentType, f.name).toMatch(/^application\/(schema\+)?json; charset=utf-8$/);
        expect(() => JSON.parse(body), f.name).not.toThrow();
      }
      if (f.name.endsWith(".csv")) {
        expect(f.contentType).toBe("text/csv; charset=utf-8");
        expect(f.csvSpec?.file).toBe(f.name);
        expect(f.rows!()).toBe(records(body).length);
      }
    }
    expect(byName("changes.xml").contentType).toBe("application/atom+xml; charset=utf-8");
    expect(parseXml(byName("changes.xml").body()).name).toBe("feed");
  });

  it("datapackage.json describes the very bytes the catalogue serves", () => {
    const pkg = JSON.parse(byName("datapackage.json").body()) as ReturnType<typeof dataPackage>;
    for (const resource of pkg.resources) {
      const body = byName(resource.path).body();
      expect(resource.bytes, resource.path).toBe(Buffer.byteLength(body, "utf8"));
      expect(resource.hash, resource.path).toBe(md5(body));
    }
  });

  it("wraps the registries with the version and states it in version.json", () => {
    expect(JSON.parse(byName("themes.json").body())).toEqual({ version: data.version, themes: data.registries.themes });
    expect(JSON.parse(byName("organizations.json").body())).toEqual({ version: data.version, organizations: data.registries.organizations });
    const info = JSON.parse(byName("version.json").body());
    expect(info).toEqual(datasetInfo(data));
    expect(info).toMatchObject({ version: data.version, processes: data.processes.length, dataAsOf: "2017-06" });
    expect(info.sources).toHaveLength(data.registries.sources.length);
  });

  it("gives one file per record under the pattern entry, with the record's lists", () => {
    const entry = byName("processes/{slug}.json");
    const all = entry.pattern!.files();
    expect(all.map((f) => f.name)).toEqual(data.processes.map((p) => `processes/${p.slug}.json`));
    const midwa = JSON.parse(all.find((f) => f.slug === "midwa")!.body());
    expect(midwa).toMatchObject({ version: data.version, slug: "midwa" });
    expect(midwa.lists.length).toBe(data.bySlug.get("midwa")!.lists.length);
  });

  it("previews the first rows of a CSV", () => {
    const preview = csvPreview(byName("memberships.csv").body());
    expect(preview).toHaveLength(6);
    expect(preview[0]).toEqual(["process_slug", "process_name", "country_iso3", "country_name", "role", "via_group", "process_status", "as_of", "source"]);
    expect(preview.slice(1).every((row) => row.length === preview[0].length)).toBe(true);
    expect(csvPreview('a,b\r\n"x, ""y""",2\r\n', 5)).toEqual([["a", "b"], ['x, "y"', "2"]]);
    expect(csvPreview("")).toEqual([]);
  });
});

// ---------- citation ----------

describe("citation", () => {
  it("suggests a plain-text citation of the dataset", () => {
    expect(suggestedCitation(data)).toMatch(
      /^RCP Explorer \(\d{4}\)\. Inter-state consultation mechanisms on migration: a sourced dataset, version \d{4}-\d{2}-\d{2}\. https?:\/\/\S+\/data\/\. Licensed CC BY 4\.0\.$/,
    );
    expect(suggestedCitation(data, "fr", { title: "Mécanismes", version: "version", licensed: "Sous licence {licence}." })).toMatch(
      /^RCP Explorer \(\d{4}\)\. Mécanismes, version .+\/fr\/data\/\. Sous licence CC BY 4\.0\.$/,
    );
    expect(suggestedCitation({ ...data, version: "unknown" })).toMatch(/^RCP Explorer \(n\.d\.\)\. Inter-state [^,]+\. http/);
  });

  it("CITATION.cff parses as YAML and has the CFF 1.2.0 keys", () => {
    const cff = parseYaml(readFileSync(path.join(ROOT, "CITATION.cff"), "utf8"));
    expect(cff["cff-version"]).toBe("1.2.0");
    for (const key of ["message", "title", "authors"]) expect(cff[key], key).toBeTruthy();
    expect(cff).toMatchObject({ type: "dataset", license: "CC-BY-4.0", authors: [{ name: "RCP Explorer contributors" }] });
    expect(String(cff["date-released"])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(String(cff["date-released"]) <= data.version).toBe(true);
    expect(cff.keywords.length).toBeGreaterThan(0);
    expect(JSON.stringify(cff)).not.toMatch(/TODO|example\.(org|com)|localhost/);
    // The file was written by citationCff: the same title, keywords and references.
    const generated = parseYaml(citationCff(data));
    expect({ title: cff.title, keywords: cff.keywords, references: cff.references }).toEqual({
      title: generated.title,
      keywords: generated.keywords,
      references: generated.references,
    });
  });
});
