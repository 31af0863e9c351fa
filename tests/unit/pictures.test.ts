/** Maps, compare and dictionaries against the real content: every member on its map, counts that add up, every key in every language. */
import { describe, expect, it } from "vitest";
import { compareCountries, compareProcesses, parseCompareQuery } from "@/lib/compare";
import { buildExplorerIndex } from "@/lib/explorer/buildIndex";
import { decodeIndex } from "@/lib/explorer/rows";
import { en } from "@/lib/i18n/dictionaries/en";
import { es } from "@/lib/i18n/dictionaries/es";
import { fr } from "@/lib/i18n/dictionaries/fr";
import { roleMap } from "@/lib/maps/mapModel";
import { overlap } from "@/lib/overlap";
import { realSite } from "./siteData";

const data = realSite();

describe("maps", () => {
  it("every participant of every record is on its map, with its role", () => {
    for (const p of data.processes) {
      const model = roleMap(p.current.memberships.map((m) => ({ iso3: m.country, role: m.role })));
      expect(model.missing, p.slug).toEqual([]);
      const drawn = new Map(model.items.filter((i) => i.role).map((i) => [i.iso3, i.role]));
      for (const m of p.current.memberships) expect(drawn.get(m.country), `${p.slug} ${m.country}`).toBe(m.role);
    }
  });
  it("every country the registry knows can be placed (Malta and Tuvalu included)", () => {
    const model = roleMap(data.registries.countries.countries.map((c) => ({ iso3: c.code, role: "member" as const })));
    expect(model.missing).toEqual([]);
    expect(model.items.find((i) => i.iso3 === "MLT")?.kind).toBe("dot");
    expect(model.items.find((i) => i.iso3 === "TUV")).toBeDefined();
  });
});

describe("compare", () => {
  const rows = decodeIndex(buildExplorerIndex(data));
  const row = (slug: string) => rows.find((r) => r.slug === slug)!;
  it("reads 2–4 processes or countries from the address", () => {
    expect(parseCompareQuery("p=budapest-process,prague-process")).toEqual({ processes: ["budapest-process", "prague-process"], countries: [] });
    expect(parseCompareQuery("c=gha&c=SEN,gha,a,b,c").countries).toEqual(["GHA", "SEN", "A", "B"]);
  });
  it("the counts equal the set arithmetic on processes.json", () => {
    const [members] = compareProcesses([row("budapest-process"), row("prague-process")], ["member"]);
    const a = new Set(data.bySlug.get("budapest-process")!.current.memberships.filter((m) => m.role === "member").map((m) => m.country));
    const b = new Set(data.bySlug.get("prague-process")!.current.memberships.filter((m) => m.role === "member").map((m) => m.country));
    expect(members.shared).toEqual([...a].filter((c) => b.has(c)).sort());
    expect(members.only[0]).toEqual([...a].filter((c) => !b.has(c)).sort());
    expect(members.shared.length).toBe(overlap([data.bySlug.get("budapest-process")!, data.bySlug.get("prague-process")!]).shared.length);
    expect(members.shared.length).toBeGreaterThan(20);
  });
  it("the forums two countries share: Ghana and Senegal both sit in MIDWA", () => {
    const shared = compareCountries(rows, ["GHA", "SEN"]).map((s) => s.row.slug);
    expect(shared).toContain("midwa");
    for (const slug of shared) for (const c of ["GHA", "SEN"]) expect(row(slug).roles.has(c)).toBe(true);
  });
});

describe("dictionaries", () => {
  type Tree = Record<string, unknown>;
  const leaves = (tree: unknown, prefix = ""): [string, unknown][] =>
    tree && typeof tree === "object" && !Array.isArray(tree)
      ? Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k))
      : [[prefix, tree]];
  const english = new Map(leaves(en));
  it.each([
    ["fr", fr],
    ["es", es],
  ] as const)("%s has every key of the English dictionary, of the same kind, with the same placeholders", (_, dict) => {
    const other = new Map(leaves(dict));
    expect([...other.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of english) {
      const translated = other.get(key);
      expect(typeof translated, key).toBe(typeof value);
      if (typeof value === "string") {
        const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
        expect(placeholders(translated as string), key).toEqual(placeholders(value));
      }
      if (typeof value === "function") expect((translated as (...a: unknown[]) => unknown).length, key).toBe(value.length);
    }
  });
  it("the French summary agrees in gender and number", () => {
    expect(fr.summary({ kind: "rcp", regions: ["Europe"], founded: 1991, members: 52, unnamed: 0, memberOrganizations: 0, open: false, status: "Actif · juin 2017" })).toMatch(
      /^Un processus consultatif régional .*1991.*52 États membres/,
    );
  });
});
