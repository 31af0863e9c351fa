import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { csvFileName, explorerCsv } from "@/lib/explorer/csv";
import { facetCounts, filterRows, sortRows, suggestRemovals } from "@/lib/explorer/filter";
import { EMPTY_STATE, hasFilters, parseQuery, toQueryString, type ExplorerState } from "@/lib/explorer/query";
import { decodeIndex, decodeRoles, encodeRoles, type ExplorerRow } from "@/lib/explorer/rows";
import { buildExplorerIndex } from "@/lib/explorer/buildIndex";
import { realSite } from "./siteData";

const vocabulary = { regions: ["africa", "europe", "asia-pacific"], themes: ["labour-migration", "trafficking-in-persons"], countries: ["GHA", "TUR", "SWZ"], organizations: ["iom", "icmpd"] };

describe("explorer query ⇄ state, one parameter at a time", () => {
  it.each<[string, Partial<ExplorerState>]>([
    ["region=africa,europe", { region: ["africa", "europe"] }],
    ["country=gha,tur", { country: ["GHA", "TUR"] }],
    ["theme=trafficking-in-persons", { theme: ["trafficking-in-persons"] }],
    ["kind=rcp,irf", { kind: ["rcp", "irf"] }],
    ["status=unknown", { status: ["unknown"] }],
    ["secretariat=none,icmpd", { secretariat: ["none", "icmpd"] }],
    ["chair=tur", { chair: ["TUR"] }],
    ["country=gha&role=any", { country: ["GHA"], role: "any" }],
    ["country=gha,tur&match=all", { country: ["GHA", "TUR"], match: "all" }],
    ["from=1990&to=2005", { from: 1990, to: 2005 }],
    ["q=Söderköping", { q: "Söderköping" }],
    ["sort=-founded", { sort: "-founded" }],
    ["sort=reported", { sort: "reported" }],
    ["view=table", { view: "table" }],
  ])("%s", (query, expected) => {
    const { state, ignored } = parseQuery(query, vocabulary);
    expect(ignored).toEqual([]);
    expect(state).toEqual({ ...EMPTY_STATE, ...expected });
    expect(toQueryString(state)).toBe(query.replace("Söderköping", encodeURIComponent("Söderköping")).replace(/%20/g, "+"));
  });

  it("leaves defaults out and writes codes in lower case", () => {
    expect(toQueryString(EMPTY_STATE)).toBe("");
    expect(hasFilters({ ...EMPTY_STATE, sort: "-name", view: "table" })).toBe(false);
    expect(hasFilters({ ...EMPTY_STATE, chair: ["TUR"] })).toBe(true);
  });

  it("ignores unknown values with a note, and keeps the known ones", () => {
    const { state, ignored } = parseQuery("region=africa,atlantis&kind=rcp,club&role=sometimes&sort=size&from=199x&utm=1", vocabulary);
    expect(state.region).toEqual(["africa"]);
    expect(state.kind).toEqual(["rcp"]);
    expect(state.role).toBe("member");
    expect(ignored.map((i) => `${i.param}=${i.value}`)).toEqual(["region=atlantis", "kind=club", "role=sometimes", "sort=size", "from=199x", "utm=1"]);
  });

  it("reads an inverted year range the other way round, and says so", () => {
    const parsed = parseQuery("from=2010&to=1990", vocabulary);
    expect([parsed.state.from, parsed.state.to]).toEqual([1990, 2010]);
    expect(parsed.swappedYears).toEqual({ from: 2010, to: 1990 });
  });

  it("accepts repeated parameters and upper-case values, dropping duplicates", () => {
    expect(parseQuery("region=AFRICA&region=africa,europe", vocabulary).state.region).toEqual(["africa", "europe"]);
  });
});

function row(slug: string, over: Partial<ExplorerRow> = {}): ExplorerRow {
  return {
    slug,
    names: { en: slug },
    kind: "rcp",
    status: "active",
    statusAsOf: "2017-06",
    statusSource: "iom-iscm-2017",
    lastReported: "2017-06",
    founded: 2000,
    ended: null,
    regions: ["africa"],
    themes: [],
    roles: new Map(),
    counts: { member: 0, observer: 0, partner: 0, guest: 0, unnamed: 0 },
    secretariat: { type: "none", organizations: [] },
    chairs: [],
    search: slug,
    ...over,
  };
}

describe("explorer filtering, facets and sorting", () => {
  const rows = [
    row("alpha", { founded: 1991, regions: ["europe"], themes: ["labour-migration"], roles: new Map([["GHA", "member"], ["TUR", "observer"]]), counts: { member: 30, observer: 1, partner: 0, guest: 0, unnamed: 0 }, secretariat: { type: "organization", organizations: ["icmpd"] }, chairs: ["TUR"], lastReported: "2017-06" }),
    row("beta", { founded: null, status: "unknown", themes: ["trafficking-in-persons", "labour-migration"], roles: new Map([["GHA", "member"], ["TUR", "member"]]), counts: { member: 5, observer: 0, partner: 0, guest: 0, unnamed: 20 }, lastReported: "2005-05" }),
    row("gamma", { founded: 2008, kind: "irf", regions: ["africa", "europe"], roles: new Map([["TUR", "member"]]), counts: { member: 12, observer: 0, partner: 0, guest: 0, unnamed: 0 }, lastReported: "2013-05" }),
  ];
  const names = (list: ExplorerRow[]) => list.map((r) => r.slug);
  const f = (change: Partial<ExplorerState>) => names(filterRows(rows, { ...EMPTY_STATE, ...change }));

  it("ORs values within a parameter and ANDs parameters", () => {
    expect(f({ region: ["africa", "europe"] })).toEqual(["alpha", "beta", "gamma"]);
    expect(f({ region: ["africa"], kind: ["irf"] })).toEqual(["gamma"]);
  });
  it("matches a country as member by default, any role with role=any, all countries with match=all", () => {
    expect(f({ country: ["TUR"] })).toEqual(["beta", "gamma"]);
    expect(f({ country: ["TUR"], role: "any" })).toEqual(["alpha", "beta", "gamma"]);
    expect(f({ country: ["GHA", "TUR"] })).toEqual(["alpha", "beta", "gamma"]);
    expect(f({ country: ["GHA", "TUR"], match: "all" })).toEqual(["beta"]);
    expect(f({ country: ["GHA", "TUR"], match: "all", role: "any" })).toEqual(["alpha", "beta"]);
  });
  it("filters by secretariat type or organisation, and by chair", () => {
    expect(f({ secretariat: ["none"] })).toEqual(["beta", "gamma"]);
    expect(f({ secretariat: ["icmpd"] })).toEqual(["alpha"]);
    expect(f({ chair: ["TUR"] })).toEqual(["alpha"]);
  });
  it("leaves out an unknown founding year when a range is set", () => expect(f({ from: 1990 })).toEqual(["alpha", "gamma"]));
  it("matches every word of the text search", () => expect(f({ q: "GAM" })).toEqual(["gamma"]));

  it("counts each facet as if its own selection were cleared (theme and status included)", () => {
    const counts = facetCounts(rows, { ...EMPTY_STATE, theme: ["trafficking-in-persons"], status: ["unknown"] });
    expect(Object.fromEntries(counts.theme)).toEqual({ "trafficking-in-persons": 1, "labour-migration": 1 });
    expect(Object.fromEntries(counts.status)).toEqual({ unknown: 1 });
    expect(Object.fromEntries(counts.region)).toEqual({ africa: 1 });
    const all = facetCounts(rows, EMPTY_STATE);
    expect(Object.fromEntries(all.status)).toEqual({ active: 2, unknown: 1 });
    expect(Object.fromEntries(all.secretariat)).toEqual({ organization: 1, icmpd: 1, none: 2 });
  });

  it.each<[ExplorerState["sort"], string[]]>([
    ["name", ["alpha", "beta", "gamma"]],
    ["-name", ["gamma", "beta", "alpha"]],
    ["founded", ["alpha", "gamma", "beta"]],
    ["-founded", ["gamma", "alpha", "beta"]],
    ["members", ["gamma", "beta", "alpha"]],
    ["-members", ["alpha", "beta", "gamma"]],
    ["reported", ["beta", "gamma", "alpha"]],
    ["-reported", ["alpha", "gamma", "beta"]],
  ])("sorts by %s", (sort, expected) => expect(names(sortRows(rows, sort, (r) => r.slug, new Intl.Collator("en")))).toEqual(expected));

  it("breaks a tie by name", () => {
    const tied = [row("b", { founded: 2000 }), row("a", { founded: 2000 })];
    expect(names(sortRows(tied, "-founded", (r) => r.slug, new Intl.Collator("en")))).toEqual(["a", "b"]);
  });

  it("suggests single removals that bring results back, largest first", () => {
    const removals = suggestRemovals(rows, { ...EMPTY_STATE, kind: ["irf"], status: ["unknown"] });
    expect(removals.map((r) => [r.param, r.value, r.count])).toEqual([
      ["kind", "irf", 1],
      ["status", "unknown", 1],
    ]);
  });

  it("encodes roles compactly and back", () => {
    const roles = new Map([["GHA", "member"], ["TUR", "guest"]] as const);
    expect(decodeRoles(encodeRoles(roles))).toEqual(new Map(roles));
  });
});

describe("explorer CSV", () => {
  const labels = {
    headings: "slug,name,acronym,kind,kind_label,regions,region_labels,themes,theme_labels,status,status_label,status_as_of,status_source,last_reported,founded,ended,members,observers,partners,guests,unnamed_group_counts,secretariat_type,secretariat_label,secretariat_organizations,chair,url",
    kind: (k: string) => k.toUpperCase(),
    status: () => "Active · Jun 2017",
    region: (id: string) => id,
    theme: (id: string) => id,
    secretariatType: (t: string) => t,
    organization: (id: string) => id,
    country: (c: string) => c,
    name: (r: ExplorerRow) => r.names.en,
    url: (slug: string) => `https://example.org/processes/${slug}/`,
  };
  it("survives a comma, a quote, a newline and a formula in a value", () => {
    const tricky = row("x", { names: { en: 'Comma, "quote"\nnewline' }, acronym: "=HYPERLINK()" });
    const [parsed] = parse(explorerCsv([tricky], labels), { columns: true }) as Record<string, string>[];
    expect(parsed.name).toBe('Comma, "quote"\nnewline');
    expect(parsed.acronym).toBe("'=HYPERLINK()");
    expect(parsed.url).toBe("https://example.org/processes/x/");
    expect(Object.keys(parsed)).toHaveLength(26);
  });
  it("names the file after the filters and the dataset version", () => {
    expect(csvFileName("rcp-explorer", { ...EMPTY_STATE, region: ["africa"], theme: ["trafficking-in-persons"], q: "Lima Process" }, "2026-11-22")).toBe(
      "rcp-explorer_region-africa_theme-trafficking-in-persons_q-lima-process_2026-11-22.csv",
    );
  });
});

describe("explorer index on the real content", () => {
  it("round-trips every record with its current roles and counts", () => {
    const data = realSite();
    const rows = decodeIndex(JSON.parse(JSON.stringify(buildExplorerIndex(data))));
    expect(rows).toHaveLength(data.processes.length);
    for (const r of rows) {
      const p = data.bySlug.get(r.slug)!;
      expect(r.roles.size).toBe(p.current.memberships.length);
      for (const m of p.current.memberships) expect(r.roles.get(m.country)).toBe(m.role);
      expect(r.status).toBe(p.status);
    }
  });
});
