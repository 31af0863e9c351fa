import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import worldCountries from "world-countries";
import { parse } from "yaml";
import { WorldMap, type WorldMapProps } from "@/components/maps/WorldMap";
import { allKnownCodes, worldGeometry, worldGeometrySvg } from "@/lib/maps/geometry";
import { binValues, choroplethMap, roleMap, type LegendEntry } from "@/lib/maps/mapModel";
import { CHOROPLETH_FILLS, ROLE_STYLE } from "@/lib/maps/palette";
import { PROJECT_ROOT } from "./fixtures";

const geometry = worldGeometry();
const svg = worldGeometrySvg();

/** Budgets for what a reader downloads: the shared file once, and the markup of one profile map. */
const GEOMETRY_RAW_MAX = 120_000;
const GEOMETRY_GZIP_MAX = 45_000;
const PROFILE_MAP_RAW_MAX = 25_000;

/** 52 members, as on a large forum's profile: the African Union's members but Eritrea, Somalia and Sahrawi Republic. */
const FIFTY_TWO = (
  "DZA AGO BEN BWA BFA BDI CPV CMR CAF TCD COM COG COD CIV DJI EGY GNQ SWZ ETH GAB GMB GHA GIN GNB KEN LSO LBR LBY MDG MWI MLI MRT " +
  "MUS MAR MOZ NAM NER NGA RWA STP SEN SYC SLE ZAF SSD SDN TZA TGO TUN UGA ZMB ZWE"
).split(" ");

function render(props: Partial<WorldMapProps> & Pick<WorldMapProps, "model">): string {
  return renderToStaticMarkup(
    createElement(WorldMap, {
      id: "m",
      title: "Participants",
      geometryHref: "/base/maps/world.svg",
      labelFor: (iso3, item) => `${iso3} — ${item.role ?? item.value ?? ""}`,
      ...props,
    }),
  );
}

describe("world geometry", () => {
  it("places every world-countries entity (UNK written XKX), XKX and SCG", () => {
    const codes = worldCountries.map((c) => (c.cca3 === "UNK" ? "XKX" : c.cca3));
    expect(codes).toHaveLength(250);
    for (const code of [...codes, "XKX", "SCG"]) expect(geometry.placeable(code), code).toBe(true);
    expect(geometry.placeable("UNK")).toBe(false);
    expect(allKnownCodes()).toEqual(expect.arrayContaining([...codes, "SCG"]));
  });

  it("places every code of the project's country registry (the package's, recoded, and the overrides')", () => {
    // Read countries.yaml directly rather than through the registry loader, so this test is about maps only.
    const file = parse(readFileSync(path.join(PROJECT_ROOT, "content/registries/countries.yaml"), "utf8")) as {
      exclude?: string[];
      recode?: Record<string, string>;
      overrides?: { code: string }[];
    };
    const excluded = new Set(file.exclude ?? []);
    const codes = new Set([
      ...worldCountries.filter((c) => !excluded.has(c.cca3)).map((c) => file.recode?.[c.cca3] ?? c.cca3),
      ...(file.overrides ?? []).map((o) => o.code),
    ]);
    expect(codes.size).toBeGreaterThan(230);
    expect([...codes].filter((code) => !geometry.placeable(code))).toEqual([]);
  });

  it("has the small states, as a shape or a dot", () => {
    for (const code of ["MLT", "TUV", "SGP", "BHR", "HKG", "MAC", "GUM", "NCL", "VAT"]) expect(geometry.placeable(code), code).toBe(true);
    for (const code of ["MLT", "TUV", "SGP", "BHR", "VAT", "MCO", "SMR", "LIE", "AND", "NRU"]) expect(geometry.dots.has(code), code).toBe(true);
    expect(geometry.hasShape("NCL")).toBe(true);
    expect(geometry.dots.get("TUV")?.from).toBe("latlng");
    expect(geometry.dots.get("SCG")?.from).toBe("latlng");
  });

  it("gives each code a shape or a dot, never both, inside the viewBox", () => {
    for (const code of geometry.shapes.keys()) expect(geometry.dots.has(code), code).toBe(false);
    expect(geometry.viewBox).toBe(`0 0 ${geometry.width} ${geometry.height}`);
    for (const [code, { cx, cy }] of geometry.dots) {
      expect(cx >= 0 && cx <= geometry.width && cy >= 0 && cy <= geometry.height, code).toBe(true);
    }
  });

  it("draws Kosovo, folds Somaliland into Somalia and carves French Guiana out of France", () => {
    expect(geometry.hasShape("XKX")).toBe(true);
    expect(geometry.hasShape("SOM")).toBe(true);
    expect(geometry.hasShape("GUF")).toBe(true);
    expect(geometry.hasShape("SJM")).toBe(true);
    const [x0, y0, x1, y1] = geometry.shapes.get("SOM")!.bbox;
    expect(y1 - y0).toBeGreaterThan(45); // Somaliland's north coast is part of it
    expect(x1 - x0).toBeGreaterThan(25);
  });

  it("writes one path per shape, in a land group, with no fills, within the size budget", () => {
    const ids = [...svg.matchAll(/<path id="c-([A-Z]{3})"/g)].map((m) => m[1]);
    expect(ids.sort()).toEqual([...geometry.shapes.keys()].sort());
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1000 \d+">/);
    expect(svg).toContain('<g id="land">');
    const defs = svg.slice(svg.indexOf("<defs>"), svg.indexOf("</defs>"));
    expect(defs).not.toMatch(/fill=|stroke=/);
    expect(svg.length).toBeLessThanOrEqual(GEOMETRY_RAW_MAX);
    expect(gzipSync(svg).length).toBeLessThanOrEqual(GEOMETRY_GZIP_MAX);
    expect(worldGeometrySvg()).toBe(svg);
  });
});

describe("map models", () => {
  it("marks exactly the countries given, with their roles", () => {
    const model = roleMap([
      { iso3: "GHA", role: "member" },
      { iso3: "MLT", role: "observer" },
    ]);
    expect(model.missing).toEqual([]);
    expect(model.items).toEqual([
      { iso3: "GHA", kind: "shape", role: "member" },
      { iso3: "MLT", kind: "dot", role: "observer", cx: geometry.dots.get("MLT")!.cx, cy: geometry.dots.get("MLT")!.cy },
    ]);
    expect(model.legend.map((e) => e.key)).toEqual(["member", "observer", "none", "dot"]);
  });

  it("keeps a country's strongest role when it is listed twice", () => {
    const model = roleMap([
      { iso3: "GHA", role: "guest" },
      { iso3: "GHA", role: "member" },
      { iso3: "GHA", role: "observer" },
    ]);
    expect(model.items).toEqual([{ iso3: "GHA", kind: "shape", role: "member" }]);
  });

  it("returns unknown codes as missing, never silently dropped", () => {
    const model = roleMap([
      { iso3: "GHA", role: "member" },
      { iso3: "XYZ", role: "member" },
      { iso3: "UNK", role: "observer" },
    ]);
    expect(model.missing).toEqual(["UNK", "XYZ"]);
    expect(model.items.map((i) => i.iso3)).toEqual(["GHA"]);
    expect(choroplethMap(new Map([["QQQ", 2]])).missing).toEqual(["QQQ"]);
  });

  it("misses nothing for every real code in every role", () => {
    const codes = allKnownCodes();
    const model = roleMap(codes.map((iso3, i) => ({ iso3, role: (["member", "observer", "partner", "guest"] as const)[i % 4] })));
    expect(model.missing).toEqual([]);
    expect(model.items).toHaveLength(codes.length);
  });

  it("draws larger shapes first, dots after shapes, the highlighted country last", () => {
    const model = roleMap(
      ["GUF", "FRA", "MLT", "BRA", "GHA"].map((iso3) => ({ iso3, role: "member" as const })),
      { highlight: ["GHA"] },
    );
    expect(model.items.map((i) => i.iso3)).toEqual(["FRA", "BRA", "GUF", "MLT", "GHA"]);
    expect(model.items.at(-1)?.highlight).toBe(true);
    expect(model.legend[0]).toEqual({ key: "highlight", kind: "highlight", count: 1 });
  });

  it("adds grey linked items for countries that only have a link", () => {
    const model = roleMap([{ iso3: "GHA", role: "member" }], { hrefFor: (iso3) => (iso3 === "TGO" || iso3 === "GHA" ? `/countries/${iso3}/` : undefined) });
    expect(model.items).toEqual([
      { iso3: "GHA", kind: "shape", role: "member", href: "/countries/GHA/" },
      { iso3: "TGO", kind: "shape", href: "/countries/TGO/" },
    ]);
  });

  it("bins a choropleth, leaving zeros as land", () => {
    const values = new Map([
      ["GHA", 1],
      ["TGO", 1],
      ["BEN", 2],
      ["NGA", 3],
      ["NER", 5],
      ["MLI", 8],
      ["SEN", 13],
      ["GMB", 0],
    ]);
    const model = choroplethMap(values, { bins: 5 });
    expect(model.items.find((i) => i.iso3 === "GMB")).toBeUndefined();
    const bins = model.legend.filter((e): e is Extract<LegendEntry, { kind: "bin" }> => e.kind === "bin");
    expect(bins).toHaveLength(5);
    expect(bins[0]).toMatchObject({ min: 1, max: 1, count: 2 });
    expect(bins.at(-1)).toMatchObject({ max: 13 });
    expect(model.items.find((i) => i.iso3 === "SEN")).toMatchObject({ value: 13, bin: 5 });
    expect(model.legend.at(-1)?.key).toBe("none");
  });

  it("cuts bins between distinct values and honours given breaks", () => {
    expect(binValues([1, 1, 1, 2, 3])).toEqual([
      { min: 1, max: 1 },
      { min: 2, max: 2 },
      { min: 3, max: 3 },
    ]);
    const many = Array.from({ length: 100 }, (_, i) => 1 + (i % 20));
    const bins = binValues(many, { bins: 5 });
    expect(bins).toHaveLength(5);
    for (let i = 1; i < bins.length; i++) expect(bins[i].min).toBeGreaterThan(bins[i - 1].max);
    expect(bins[0].min).toBe(1);
    expect(bins.at(-1)!.max).toBe(20);
    expect(binValues([1, 2, 3, 9], { breaks: [1, 3, 5] })).toEqual([
      { min: 1, max: 2 },
      { min: 3, max: 3 },
      { min: 5, max: 9 },
    ]);
    expect(binValues([])).toEqual([]);
  });
});

describe("<WorldMap>", () => {
  it("renders uses into the shared file and dots, each with its label", () => {
    const html = render({
      model: roleMap([
        { iso3: "GHA", role: "member" },
        { iso3: "MLT", role: "observer" },
      ]),
      title: "Participants of the forum",
      description: "Two countries",
    });
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="m-title"');
    expect(html).toContain('<title id="m-title">Participants of the forum</title>');
    expect(html).toContain('<desc id="m-desc">Two countries</desc>');
    expect(html).toContain('<use href="/base/maps/world.svg#land"');
    expect(html).toMatch(/<use href="\/base\/maps\/world.svg#c-GHA" data-iso3="GHA" data-role="member" fill="#005a9c"[^>]*><title>GHA — member<\/title><\/use>/);
    expect(html).toMatch(/<circle cx="[\d.]+" cy="[\d.]+" r="[\d.]+" data-iso3="MLT" data-role="observer" fill="url\(#m-observer-s\)"[^>]*><title>MLT — observer<\/title><\/circle>/);
    expect(html).toContain('<pattern id="m-observer"');
    expect(html).not.toContain("<a ");
  });

  it("wraps linked countries in links named by their title, and is then a group", () => {
    const model = choroplethMap(new Map([["GHA", 3]]), { hrefFor: (iso3) => (iso3 === "GHA" ? "/base/countries/gha/" : undefined) });
    const html = render({ model, linksFocusable: false });
    expect(html).toContain('role="group"');
    expect(html).toMatch(/<a href="\/base\/countries\/gha\/" tabindex="-1"><title>GHA — 3<\/title><use [^>]*data-bin="1"/);
  });

  it("takes every word from its props: legend entries without a label are left out", () => {
    const model = roleMap([
      { iso3: "GHA", role: "member" },
      { iso3: "MLT", role: "partner" },
    ]);
    const labels: Partial<Record<string, string>> = { member: "membres", partner: "partenaires", none: "autres" };
    const html = render({ model, legendLabel: (entry) => labels[entry.key] });
    const legend = html.slice(html.indexOf("<ul"));
    expect(legend.match(/<li/g)).toHaveLength(3);
    expect(legend).toContain("membres");
    expect(legend).toContain("autres");
    expect(legend).not.toMatch(/member|partner|dot|small/i);
    expect(legend).toContain(`fill="${ROLE_STYLE.member.fill}"`);
    expect(render({ model })).not.toContain("<ul");
  });

  it("shades choropleth bins from the palette and draws the highlight outlined", () => {
    const html = render({ model: choroplethMap(new Map([["TGO", 1], ["NGA", 4]]), { highlight: ["GHA"] }) });
    expect(html).toContain(`fill="${CHOROPLETH_FILLS[0]}"`);
    expect(html).toContain(`fill="${CHOROPLETH_FILLS.at(-1)}"`);
    expect(html).toMatch(/data-iso3="GHA" fill="#d55e00" stroke="#000000" stroke-width="1.5"/);
  });

  it("keeps a 52-member profile map within its byte budget", () => {
    const model = roleMap(FIFTY_TWO.map((iso3) => ({ iso3, role: "member" as const })));
    expect(model.items).toHaveLength(52);
    const html = render({
      model,
      title: "Members of the forum",
      description: "52 member states",
      labelFor: (iso3) => `${iso3} country name — member`,
      legendLabel: (entry) => entry.key,
    });
    expect(html.length).toBeLessThanOrEqual(PROFILE_MAP_RAW_MAX);
    expect(gzipSync(html).length).toBeLessThanOrEqual(5_000);
  });
});
