import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { countryLookup } from "@/lib/explorer/countryLookup";
import { entriesCsv, PROCESS_SCALAR_COLUMNS, toExplorerEntry } from "@/lib/explorer/entries";
import { facetCounts, filterEntries } from "@/lib/explorer/filter";
import { EMPTY_FILTERS, parseQuery, toQueryString, type ExplorerFilters } from "@/lib/explorer/query";
import { suggestRemovals } from "@/lib/explorer/suggestions";
import { processesJson } from "@/lib/openData";
import { parse } from "csv-parse/sync";
import { PROJECT_ROOT } from "./fixtures";

const content = await loadContentFrom(PROJECT_ROOT);
const json = processesJson(content);
const entries = content.processes.map((p, i) => toExplorerEntry(p, json[i]));
const vocabulary = {
  regions: content.registries.regions.map((r) => r.id),
  themes: content.registries.themes.map((t) => t.id),
  countries: content.registries.countries.countries.map((c) => c.code),
};
const view = (query: string) => filterEntries(entries, parseQuery(new URLSearchParams(query), vocabulary).filters).map((e) => e.scalars.slug);
const filters = (change: Partial<ExplorerFilters>): ExplorerFilters => ({ ...EMPTY_FILTERS, ...change });

describe("explorer query string", () => {
  it("parses lists, years, role, text and sort, and writes them back in canonical form", () => {
    const { filters: parsed, ignored } = parseQuery(
      new URLSearchParams("region=africa,europe&country=GHA&theme=labour-migration&kind=rcp&status=active&role=any&from=1995&to=2010&q=dialogue&sort=-founded"),
      vocabulary,
    );
    expect(ignored).toEqual([]);
    expect(parsed).toEqual({
      region: ["africa", "europe"],
      country: ["GHA"],
      theme: ["labour-migration"],
      kind: ["rcp"],
      status: ["active"],
      role: "any",
      from: 1995,
      to: 2010,
      q: "dialogue",
      sort: "-founded",
    });
    expect(toQueryString(parsed)).toBe(
      "region=africa,europe&country=gha&theme=labour-migration&kind=rcp&status=active&role=any&from=1995&to=2010&q=dialogue&sort=-founded",
    );
    expect(toQueryString(EMPTY_FILTERS)).toBe("");
  });

  it("ignores unknown values and reports each of them", () => {
    const { filters: parsed, ignored } = parseQuery(new URLSearchParams("region=mars,africa&country=zzz&kind=club&from=soon&sort=size"), vocabulary);
    expect(parsed.region).toEqual(["africa"]);
    expect(parsed.country).toEqual([]);
    expect(ignored).toEqual([
      { param: "region", value: "mars" },
      { param: "country", value: "zzz" },
      { param: "kind", value: "club" },
      { param: "from", value: "soon" },
      { param: "sort", value: "size" },
    ]);
  });
});

describe("explorer filtering", () => {
  it("ORs values within a parameter and ANDs parameters", () => {
    const africa = view("region=africa");
    const europe = view("region=europe");
    const either = view("region=africa,europe");
    expect(new Set(either)).toEqual(new Set([...africa, ...europe]));
    const both = view("region=africa&kind=irf");
    expect(both.every((slug) => africa.includes(slug))).toBe(true);
    expect(both).toContain("rabat-process");
    expect(both).not.toContain("midsa");
  });

  it("matches a country as member by default, and in any role with role=any", () => {
    expect(view("country=aus")).toContain("bali-process");
    expect(view("country=aus")).not.toContain("budapest-process");
    expect(view("country=aus&role=any")).toContain("budapest-process");
  });

  it("searches names in every language, acronyms and former names, ignoring case and accents", () => {
    expect(view("q=soderkoping")).toContain("soderkoping-process");
    expect(view("q=SÖDERKÖPING")).toContain("soderkoping-process");
    expect(view("q=lima process")).toContain("south-american-conference-on-migration");
    expect(view("q=processus de budapest")).toEqual(["budapest-process"]);
    expect(view("q=midsa")).toContain("midsa");
  });

  it("filters by founding-year range, inclusive", () => {
    const rows = filterEntries(entries, filters({ from: 2000, to: 2001 }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((e) => e.foundedYear !== null && e.foundedYear >= 2000 && e.foundedYear <= 2001)).toBe(true);
  });

  it("sorts by name, founding year and number of members", () => {
    const known = (years: (number | null)[]) => years.filter((y): y is number => y !== null);
    const byFounded = filterEntries(entries, filters({ sort: "founded" })).map((e) => e.foundedYear);
    expect(known(byFounded)).toEqual(known(byFounded).sort((a, b) => a - b));
    const newestFirst = filterEntries(entries, filters({ sort: "-founded" })).map((e) => e.foundedYear);
    expect(known(newestFirst)).toEqual(known(newestFirst).sort((a, b) => b - a));
    // An unknown founding year comes last in both directions.
    for (const years of [byFounded, newestFirst]) {
      const firstUnknown = years.indexOf(null);
      expect(firstUnknown === -1 || years.slice(firstUnknown).every((y) => y === null)).toBe(true);
    }
    const byMembers = filterEntries(entries, filters({ sort: "-members" })).map((e) => e.memberCount);
    expect(byMembers).toEqual([...byMembers].sort((a, b) => b - a));
  });

  it("counts, for each option, the results choosing it would give", () => {
    const counts = facetCounts(entries, filters({ kind: ["irf"] }), "region");
    expect(counts.get("africa")).toBe(filterEntries(entries, filters({ kind: ["irf"], region: ["africa"] })).length);
    const kindCounts = facetCounts(entries, filters({ kind: ["irf"] }), "kind");
    expect(kindCounts.get("rcp")).toBe(filterEntries(entries, filters({ kind: ["rcp"] })).length);
  });

  it("suggests removals that bring an empty view back", () => {
    const empty = filters({ region: ["africa"], q: "budapest" });
    expect(filterEntries(entries, empty)).toEqual([]);
    const labels = suggestRemovals(entries, empty, (c) => c).map((s) => s.label);
    expect(labels).toEqual(["search “budapest”", "region “africa”"]);
  });
});

describe("country lookup", () => {
  const lookup = countryLookup(content.registries.countries.countries);
  it.each([
    ["Turkey", "TUR"],
    ["Swaziland", "SWZ"],
    ["ivory coast", "CIV"],
    ["Türkiye", "TUR"],
    ["gha", "GHA"],
  ])("finds %s", (text, code) => {
    expect(lookup(text)?.code).toBe(code);
  });
});

describe("explorer CSV", () => {
  it("holds exactly the given rows with the scalar columns of processes.json", () => {
    const rows = filterEntries(entries, filters({ region: ["africa"] }));
    const parsed = parse(entriesCsv(rows), { columns: true }) as Record<string, string>[];
    expect(Object.keys(parsed[0])).toEqual([...PROCESS_SCALAR_COLUMNS]);
    expect(parsed.map((r) => r.slug)).toEqual(rows.map((r) => r.scalars.slug));
  });
});
