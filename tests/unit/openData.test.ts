import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { differingClaims, snapshotChanges } from "@/lib/history";
import {
  MEMBERSHIP_COLUMNS,
  membershipHistoryCsv,
  membershipsCsv,
  processesJson,
  processesJsonSchema,
  ProcessJsonSchema,
} from "@/lib/openData";
import { fixtureRoot, PROJECT_ROOT } from "./fixtures";

const content = await loadContentFrom(fixtureRoot("valid"));

describe("open data", () => {
  it("writes memberships.csv with the contract's header, one row per process × country × role", () => {
    const csv = membershipsCsv(content);
    expect(csv.startsWith(`${MEMBERSHIP_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(4 + 28 + 1);
    expect(rows.find((r) => r.country_iso3 === "SWZ")).toMatchObject({ role: "member", via_group: "", country_name: "Eswatini" });
    expect(rows.find((r) => r.country_iso3 === "FRA")).toMatchObject({ role: "member", via_group: "eu-28" });
    expect(rows.find((r) => r.country_iso3 === "AUS")).toMatchObject({ role: "observer" });
  });

  it("quotes a name with a comma and quotes so that it survives the round trip", () => {
    const rows = parse(membershipsCsv(content), { columns: true }) as Record<string, string>[];
    expect(rows[0].process_name).toBe('Sample Process, "the Test Dialogue"');
    expect(membershipsCsv(content)).toContain('"Sample Process, ""the Test Dialogue"""');
  });

  it("memberships.csv and processes.json carry the same memberships", () => {
    const json = processesJson(content);
    const fromJson = json.flatMap((p) => [
      ...p.members.map((c) => `${p.slug}|${c}|member`),
      ...p.observerStates.map((c) => `${p.slug}|${c}|observer`),
      ...p.partnerStates.map((c) => `${p.slug}|${c}|partner`),
      ...p.guestStates.map((c) => `${p.slug}|${c}|guest`),
    ]);
    const rows = parse(membershipsCsv(content), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => `${r.process_slug}|${r.country_iso3}|${r.role}`).sort()).toEqual(fromJson.sort());
  });

  it("processes.json objects match their published schema", () => {
    for (const record of processesJson(content, "/rcp")) expect(ProcessJsonSchema.parse(record).url).toBe("/rcp/processes/sample-process/");
    const schema = processesJsonSchema() as { type: string; items: { required: string[] } };
    expect(schema.type).toBe("array");
    expect(schema.items.required).toEqual(expect.arrayContaining(["slug", "name", "members", "sources", "url"]));
  });

  it("membership-history.csv holds every snapshot and the current lists", () => {
    const rows = parse(membershipHistoryCsv(content), { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(["process_slug", "as_of", "source", "country_iso3", "role"]);
    expect(rows.filter((r) => r.as_of === "2013-05").map((r) => r.country_iso3).sort()).toEqual(["GHA", "NGA", "SWZ"]);
    expect(rows.filter((r) => r.as_of === "2017-06")).toHaveLength(33);
  });
});

describe("history", () => {
  const [sample] = content.processes;

  it("lists the fields on which sources differ, with every claim", () => {
    expect(differingClaims(sample)).toEqual([
      { field: "foundedYear", claims: [expect.objectContaining({ value: 2000 }), expect.objectContaining({ value: 2001 })] },
    ]);
  });

  it("names who joined and who left between snapshots", () => {
    const [change] = snapshotChanges(sample);
    expect(change.left.member).toEqual(["NGA"]);
    expect(change.joined.member).toContain("CIV");
    expect(change.joined.member).toContain("FRA");
    expect(change.joined.observer).toEqual(["AUS"]);
  });
});

describe("record bodies", () => {
  it("drop raw HTML and script, and neutralise javascript: links", async () => {
    const html = content.processes[0].bodyHtml;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).toContain("<strong>bold</strong>");
  });

  it("demote headings below the page's own sections", async () => {
    expect(await renderMarkdown("## Purpose\n\n### Detail")).toBe("<h3>Purpose</h3>\n<h4>Detail</h4>");
  });
});

describe("sources differ: names", () => {
  it("a name claim that is one of the record's own names does not count as a difference", async () => {
    const all = await loadContentFrom(PROJECT_ROOT);
    const ocam = all.processes.find((p) => p.slug === "ocam")!;
    expect(differingClaims(ocam).map((d) => d.field)).not.toContain("name");
    const midsa = all.processes.find((p) => p.slug === "midsa")!;
    expect(differingClaims(midsa).map((d) => d.field)).toContain("memberCount");
  });
});
