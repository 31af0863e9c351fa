/**
 * The dataset itself: the newest source's table is complete, every reference resolves, and stated
 * totals either agree with the named lists or say why not.
 */
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { memberCount } from "@/lib/indexes";
import { membershipsCsv } from "@/lib/openData";
import { PROJECT_ROOT } from "./fixtures";

const content = await loadContentFrom(PROJECT_ROOT);
const { processes, registries } = content;
const bySlug = new Map(processes.map((p) => [p.slug, p]));

/** The rows of the IOM overview table (004_…, c. mid-2017), section by section. */
const NEWEST_TABLE = {
  rcp: [
    "budapest-process", "prague-process", "eastern-partnership-panel", "puebla-process",
    "south-american-conference-on-migration", "caribbean-migration-consultations", "5-plus-5-dialogue",
    "midwa", "midsa", "igad-rcp", "midcom", "midcas", "pidc", "colombo-process", "abu-dhabi-dialogue",
    "almaty-process", "arab-rcp", "bali-process", "igc",
  ],
  irf: [
    "rabat-process", "tripoli-process", "ibero-american-forum", "eu-lac-dialogue", "afml",
    "asem-directors-general-of-immigration", "asia-eu-dialogue", "acp-eu-dialogue", "mtm-dialogue", "irfma",
    "khartoum-process", "africa-eu-mme-partnership",
  ],
  global: ["gfmd", "un-high-level-dialogue", "international-dialogue-on-migration"],
} as const;

describe("the newest source's table", () => {
  it("has 34 mechanisms: 19 RCPs, 12 inter-regional forums, 3 global processes", () => {
    expect([NEWEST_TABLE.rcp.length, NEWEST_TABLE.irf.length, NEWEST_TABLE.global.length]).toEqual([19, 12, 3]);
  });

  it.each(Object.entries(NEWEST_TABLE).flatMap(([kind, slugs]) => slugs.map((slug) => [slug, kind])))(
    "%s is a %s record whose current lists come from that table",
    (slug, kind) => {
      const process = bySlug.get(slug);
      expect(process, `content/processes/${slug}.md`).toBeDefined();
      expect(process!.kind).toBe(kind);
      expect(process!.current.source).toBe("iom-iscm-2017");
      expect(process!.current.asOf).toBe("2017-06");
    },
  );

  it("keeps the 5+5 Dialogue's 'RCP-Debatable' classification as a sourced claim", () => {
    const claim = bySlug.get("5-plus-5-dialogue")!.claims.find((c) => c.field === "kind" && c.source === "iom-iscm-2017");
    expect(claim?.note).toMatch(/RCP-Debatable/);
  });

  it("records whose current lists come from older sources are not counted in the table", () => {
    const table = new Set<string>(Object.values(NEWEST_TABLE).flat());
    const others = processes.filter((p) => !table.has(p.slug));
    expect(others.every((p) => p.current.source !== "iom-iscm-2017")).toBe(true);
  });
});

describe("references", () => {
  it("every record cites at least one source, and every source it uses", () => {
    for (const p of processes) expect(p.sources.length, p.slug).toBeGreaterThan(0);
  });

  it("every country in any record is in the registry with its code", () => {
    for (const p of processes) {
      for (const s of [p.current, ...p.snapshots]) {
        for (const m of s.memberships) expect(registries.countries.byCode.has(m.country), `${p.slug}: ${m.country}`).toBe(true);
      }
    }
  });

  it("every theme, region, organisation and group referred to exists", () => {
    const themes = new Set(registries.themes.map((t) => t.id));
    const regions = new Set(registries.regions.map((r) => r.id));
    const organizations = new Set(registries.organizations.map((o) => o.id));
    const groups = new Set(registries.groups.map((g) => g.id));
    for (const p of processes) {
      p.themes.forEach((t) => expect(themes.has(t), `${p.slug}: theme ${t}`).toBe(true));
      p.regions.forEach((r) => expect(regions.has(r), `${p.slug}: region ${r}`).toBe(true));
      for (const s of [p.current, ...p.snapshots]) {
        [...s.memberOrganizations, ...s.observerOrganizations].forEach((o) => expect(organizations.has(o), `${p.slug}: ${o}`).toBe(true));
        s.memberGroups.forEach((g) => expect(groups.has(g.group), `${p.slug}: ${g.group}`).toBe(true));
      }
    }
  });

  it("every theme in the taxonomy has a one-line definition, and there are about 20–25 of them", () => {
    expect(registries.themes.length).toBeGreaterThanOrEqual(20);
    expect(registries.themes.length).toBeLessThanOrEqual(28);
    for (const t of registries.themes) expect(t.definition.length).toBeGreaterThan(20);
  });

  it("the organisations named most often carry acronym and full name", () => {
    for (const id of ["iom", "unhcr", "icmpd", "ilo", "european-commission", "ecowas"]) {
      const o = registries.organizations.find((x) => x.id === id);
      expect(o?.acronym, id).toBeTruthy();
      expect(o?.name.length, id).toBeGreaterThan(3);
    }
  });
});

describe("stated totals and named lists", () => {
  it("agree, or a note says why they differ", () => {
    const unexplained: string[] = [];
    for (const p of processes) {
      for (const stated of p.statedCounts) {
        const snapshot = [p.current, ...p.snapshots].find((s) => s.source === stated.source && s.asOf === stated.asOf);
        if (!snapshot) continue;
        const named = snapshot.memberships.filter((m) => m.role === stated.role).length;
        if (named !== stated.count && !stated.note) unexplained.push(`${p.slug}: ${stated.source} states ${stated.count} ${stated.role}s, ${named} named`);
      }
    }
    expect(unexplained).toEqual([]);
  });
});

describe("which forums does a country belong to", () => {
  const rows = parse(membershipsCsv(content), { columns: true }) as Record<string, string>[];
  const forums = (iso3: string, role = "member") =>
    rows.filter((r) => r.country_iso3 === iso3 && r.role === role).map((r) => r.process_slug).sort();

  // Checked by hand against the 2017 table (004_…).
  it("Ghana is a member of MIDWA, the Rabat Process and the Africa-EU partnership", () => {
    expect(forums("GHA")).toEqual(expect.arrayContaining(["midwa", "rabat-process", "africa-eu-mme-partnership"]));
    expect(forums("GHA")).not.toContain("midsa");
  });

  it("Eswatini (Swaziland in the table) is a member of MIDSA and chairs it", () => {
    expect(forums("SWZ")).toContain("midsa");
    expect(bySlug.get("midsa")!.chair.some((c) => c.country === "SWZ")).toBe(true);
  });

  it("Türkiye (Turkey) is in the Budapest and Prague Processes and chairs the Budapest Process", () => {
    expect(forums("TUR")).toEqual(expect.arrayContaining(["budapest-process", "prague-process"]));
  });

  it("Australia is a member of the Bali Process and an observer of the Budapest Process", () => {
    expect(forums("AUS")).toEqual(expect.arrayContaining(["bali-process", "igc", "pidc"]));
    expect(forums("AUS", "observer")).toContain("budapest-process");
  });

  it("France is in the EaP Panel through the EU-28 group", () => {
    expect(rows.find((r) => r.country_iso3 === "FRA" && r.process_slug === "eastern-partnership-panel")?.via_group).toBe("eu-28");
  });

  it("the Philippines is a member of the Colombo Process and the Abu Dhabi Dialogue", () => {
    expect(forums("PHL")).toEqual(expect.arrayContaining(["colombo-process", "abu-dhabi-dialogue", "bali-process"]));
  });

  it("member counts match the table for a few mechanisms", () => {
    expect(memberCount(bySlug.get("midsa")!)).toBe(15);
    expect(memberCount(bySlug.get("puebla-process")!)).toBe(11);
    expect(memberCount(bySlug.get("colombo-process")!)).toBe(12);
    expect(memberCount(bySlug.get("abu-dhabi-dialogue")!)).toBe(18);
  });
});

describe("history and sources", () => {
  it("predecessor and successor links are mutual", () => {
    for (const p of processes) {
      if (p.successor) expect(bySlug.get(p.successor)?.predecessor, `${p.slug} → ${p.successor}`).toBe(p.slug);
      if (p.predecessor) expect(bySlug.get(p.predecessor)?.successor, `${p.slug} ← ${p.predecessor}`).toBe(p.slug);
    }
    expect(bySlug.get("soderkoping-process")?.successor).toBe("eastern-partnership-panel");
  });

  it("every claim, snapshot, meeting and stated total cites a known source the record lists", () => {
    const known = new Set(registries.sources.map((s) => s.id));
    for (const p of processes) {
      const cited = new Set(p.sources.map((s) => s.id));
      const used = [...p.claims.map((c) => c.source), ...p.snapshots.map((s) => s.source), ...p.meetings.map((m) => m.source), ...p.statedCounts.map((c) => c.source)];
      for (const id of used) {
        expect(known.has(id), `${p.slug}: ${id}`).toBe(true);
        expect(cited.has(id), `${p.slug}: ${id}`).toBe(true);
      }
    }
  });

  it("mechanisms whose members the 2003 and 2013 sources list have dated snapshots from them", () => {
    const from = (source: string) => processes.filter((p) => p.snapshots.some((s) => s.source === source) || (p.current.source === source && p.snapshots.length > 0)).map((p) => p.slug);
    expect(from("mc-inf-266")).toEqual(expect.arrayContaining(["budapest-process", "puebla-process", "midsa", "midwa", "manila-process", "cis-conference", "apc", "soderkoping-process", "bali-process", "igc"]));
    expect(from("harns-2013")).toEqual(expect.arrayContaining(["budapest-process", "puebla-process", "midsa", "colombo-process", "abu-dhabi-dialogue", "bali-process", "rabat-process"]));
  });

  it("inactive and succeeded mechanisms say which source says so", () => {
    for (const p of processes.filter((x) => x.status !== "active")) expect(p.statusSource?.source, p.slug).toBeTruthy();
  });

  it("renamed mechanisms keep their former names as searchable data", () => {
    const former = (slug: string) => bySlug.get(slug)!.formerNames.map((f) => f.name).join(" | ");
    expect(former("south-american-conference-on-migration")).toMatch(/Lima Process/);
    expect(former("midcom")).toMatch(/COMESA/);
    expect(former("budapest-process")).toMatch(/Budapest Group/);
    expect(former("bali-process")).toMatch(/Bali/);
  });
});
