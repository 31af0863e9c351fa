/**
 * World geometry for the build-time maps: one shared SVG file of country shapes, served once at
 * /maps/world.svg and referenced by every map with <use href="…/maps/world.svg#c-GHA">, so a page
 * carries only the colouring, never the coastlines, and the browser runs no map JavaScript.
 *
 * Source. Natural Earth's Admin 0 countries at 1:50m, as TopoJSON from the `world-atlas` package
 * (countries-50m.json: ISO 3166-1 numeric ids, e.g. "276"). 1:110m drops too many of the small
 * states forums are made of (most of the Caribbean and the Pacific); 1:10m is 5× the data for
 * detail no one sees at 1000 units wide. Numeric ids become alpha-3 codes through the
 * `world-countries` package (ccn3 → cca3), with the package's Kosovo code UNK written XKX, as in
 * the country registry.
 *
 * Simplification. The 50m arcs are weighted with topojson-simplify's presimplify (spherical
 * triangle areas, so the weights match the equal-area projection) and every point whose triangle is
 * smaller than SIMPLIFY_AREA_UNITS (0.2 unit², about 240 km²) of the final map is dropped; rings
 * smaller than MIN_RING_AREA_UNITS are left out. Simplifying the topology, not each country, keeps
 * neighbours sharing exactly the same border points, so shapes never gap or overlap. The projection
 * is Equal Earth (equal-area, so a choropleth does not inflate Russia or Canada), fitted to a
 * 1000-unit-wide viewBox (1000 × 463) with Antarctica (010) left out; coordinates are relative
 * moves rounded to 0.1 unit. Budget: the file ≤ 120 kB raw and ≤ 45 kB gzipped (a unit test
 * measures it; it is about 109 kB and 35 kB).
 *
 * File layout. <defs> hold one path per country shape (`#c-GHA`), grouped as `#land` together with
 * `#land-rest` (the polygons of dot-sized countries and of features without a code), so a page draws
 * all land with one <use href="…#land"> and then only its coloured countries on top. Borders are the
 * shapes' own white hairline strokes (vector-effect: non-scaling-stroke sits on each path, as it is
 * not inherited), not a separate mesh: a merged land path would repeat every coastline and a
 * border mesh every border, about 85 kB more between them, for the same picture.
 *
 * Decisions on features without an ISO id:
 * - "Kosovo" is drawn as XKX.
 * - "Somaliland" is folded into Somalia (SOM): the United Nations and every forum record count it as
 *   part of Somalia, so a map of Somalia's memberships colours the whole of it.
 * - "N. Cyprus" gets no shape of its own and is not part of Cyprus's shape; it stays in the grey
 *   land layer so the island's coastline is whole. (Folding it into CYP, the UN position, is a
 *   one-line change in FOLD_BY_NAME.)
 * - "Siachen Glacier" and "Indian Ocean Ter." (Christmas and Cocos Islands) stay in the land layer
 *   only; CXR and CCK are dots.
 * - Antarctica is not drawn; its `world-countries` code ATA is a dot on the tip of the Antarctic
 *   Peninsula (the package's latlng is the South Pole, off the map). Kiribati's dot is at Tarawa (the
 *   package latlng), not on Kiritimati, its largest island, 3,000 km east.
 * - Natural Earth draws French Guiana inside France and Svalbard and Jan Mayen inside Norway. Those
 *   polygons stay in the parent's shape (France's membership colours French Guiana) and are also
 *   copied out as GUF and SJM shapes, so a map can mark the territory alone; maps draw smaller
 *   shapes over larger ones. Ashmore and Cartier Islands share Australia's id and are part of AUS.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { geoCentroid, geoEqualEarth, geoPath, type GeoContext } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPoint, MultiPolygon } from "geojson";
import { feature, merge } from "topojson-client";
import { presimplify, simplify, sphericalTriangleArea } from "topojson-simplify";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import worldCountries from "world-countries";

/** Width of the viewBox; the height follows from the projection's aspect ratio. */
export const VIEW_WIDTH = 1000;
const PADDING = 4;
/** Triangles smaller than this (in viewBox units²) lose their middle point. */
const SIMPLIFY_AREA_UNITS = 0.2;
/** Rings smaller than this (units²) are left out of the path data: specks no one can see. */
const MIN_RING_AREA_UNITS = 0.35;
/** A country whose largest polygon is smaller than this (units²)… */
const DOT_MAX_AREA_UNITS = 6;
/** …or narrower and shorter than this (units) is drawn as a dot. */
const DOT_MAX_SPAN_UNITS = 3;
/** Coordinates are rounded to 1 / PRECISION of a unit. */
const PRECISION = 10;

/** Package codes written differently in this project. */
const RECODE: Readonly<Record<string, string>> = { UNK: "XKX" };

/** Atlas features without an ISO id, by `properties.name`: the code they are drawn as, or null for none. */
const FOLD_BY_NAME: Readonly<Record<string, string | null>> = {
  Kosovo: "XKX",
  Somaliland: "SOM",
  "N. Cyprus": null,
  "Siachen Glacier": null,
  "Indian Ocean Ter.": null,
};

/** Territories Natural Earth draws inside another country: polygons of the parent copied out as their own shape. */
const CARVE_OUTS: readonly { code: string; parent: string; test: (lng: number, lat: number) => boolean }[] = [
  { code: "GUF", parent: "FRA", test: (lng, lat) => lng > -55 && lng < -51 && lat > 1 && lat < 7 },
  { code: "SJM", parent: "NOR", test: (lng, lat) => lat > 73.5 || lng < -5 },
];

/** Codes outside `world-countries`, placed as dots at a fixed [lat, lng]. */
export const EXTRA_PLACES: Readonly<Record<string, readonly [number, number]>> = {
  XKX: [42.6, 20.9],
  SCG: [44, 20.5],
};

/** Places whose package latlng would fall off the map (Antarctica's is the South Pole): the tip of the Antarctic Peninsula. */
const LATLNG_OVERRIDES: Readonly<Record<string, readonly [number, number]>> = {
  ATA: [-63.4, -57],
};

/** Codes that are only ever dots, even when the atlas has a shape for them. */
const DOT_ONLY = new Set(["SCG"]);

/** Dot countries placed at the package latlng rather than on their largest polygon: Kiribati's is Kiritimati, far east of Tarawa. */
const DOT_AT_LATLNG = new Set(["KIR"]);

const ANTARCTICA = "010";

export type BBox = readonly [x0: number, y0: number, x1: number, y1: number];

export interface ShapeInfo {
  /** Bounding box of the whole shape, in viewBox units. */
  bbox: BBox;
  /** Centroid of the largest polygon. */
  cx: number;
  cy: number;
}

export interface DotInfo {
  cx: number;
  cy: number;
  /** Where the position comes from: a polygon too small to draw, or the package's latlng. */
  from: "shape" | "latlng";
}

export interface WorldGeometry {
  viewBox: string;
  width: number;
  height: number;
  shapes: ReadonlyMap<string, ShapeInfo>;
  dots: ReadonlyMap<string, DotInfo>;
  hasShape(iso3: string): boolean;
  placeable(iso3: string): boolean;
  /**
   * Path data: one path per shape; the codes whose shapes together make the land (all but the
   * carve-outs, which their parents already cover); and the rest of the land (dot-sized countries'
   * polygons, N. Cyprus, Siachen) as one path.
   */
  paths: { shapes: ReadonlyMap<string, string>; landCodes: readonly string[]; rest: string };
}

interface CountryEntry {
  cca3: string;
  ccn3: string;
  latlng: readonly number[];
}

/** All codes the geometry knows: every `world-countries` entity (recoded) plus EXTRA_PLACES. */
export function allKnownCodes(): string[] {
  const codes = (worldCountries as readonly CountryEntry[]).map((c) => RECODE[c.cca3] ?? c.cca3);
  return [...new Set([...codes, ...Object.keys(EXTRA_PLACES)])].sort();
}

type Ring = [number, number][];

/** Collects the projected rings of whatever geoPath draws. */
function ringCollector(): { context: GeoContext; rings: Ring[] } {
  const rings: Ring[] = [];
  let current: Ring | undefined;
  const context: GeoContext = {
    beginPath() {},
    moveTo(x, y) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x, y) {
      current?.push([x, y]);
    },
    closePath() {
      current = undefined;
    },
    arc() {},
  };
  return { context, rings };
}

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return Math.abs(sum) / 2;
}

function formatNumber(value: number): string {
  const text = String(value);
  if (text.startsWith("0.")) return text.slice(1);
  if (text.startsWith("-0.")) return `-${text.slice(2)}`;
  return text;
}

/** Appends numbers to SVG path data with the fewest separators the grammar allows. */
function joinNumbers(numbers: number[]): string {
  let out = "";
  let lastHasDot = false;
  for (const n of numbers) {
    const text = formatNumber(n);
    const needsSpace = out !== "" && !/[a-z]$/i.test(out) && !text.startsWith("-") && !(text.startsWith(".") && lastHasDot);
    out += (needsSpace ? " " : "") + text;
    lastHasDot = text.includes(".");
  }
  return out;
}

/**
 * Closed rings as SVG path data in relative coordinates, rounded to 1/PRECISION. Deltas are taken
 * between rounded points, so rounding never accumulates; rings under MIN_RING_AREA_UNITS are dropped.
 */
function ringsToPath(rings: Ring[]): string {
  const round = (v: number) => Math.round(v * PRECISION);
  let out = "";
  let px = 0;
  let py = 0;
  for (const ring of rings) {
    const points: [number, number][] = [];
    for (const [x, y] of ring) {
      const p: [number, number] = [round(x), round(y)];
      const last = points[points.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
    }
    while (points.length > 1 && points[0][0] === points[points.length - 1][0] && points[0][1] === points[points.length - 1][1]) points.pop();
    if (points.length < 3 || ringArea(points) / (PRECISION * PRECISION) < MIN_RING_AREA_UNITS) continue;
    const numbers: number[] = [];
    for (const [x, y] of points) {
      numbers.push((x - px) / PRECISION, (y - py) / PRECISION);
      px = x;
      py = y;
    }
    // After "m", further pairs are relative line-tos, so one command letter serves the whole ring.
    out += `m${joinNumbers(numbers)}z`;
    // After "z" the current point is the ring's first point.
    [px, py] = points[0];
  }
  return out;
}

function readAtlas(): Topology<{ countries: GeometryCollection<{ name: string }> }> {
  // Resolved from the project root, not through the bundler's module map (which is not a file path).
  return JSON.parse(readFileSync(path.join(process.cwd(), "node_modules/world-atlas/countries-50m.json"), "utf8"));
}

type PolygonArcs = number[][];

function polygonsOf(geometry: { type: string | null }): PolygonArcs[] {
  if (geometry.type === "Polygon") return [(geometry as TopoPolygon).arcs];
  if (geometry.type === "MultiPolygon") return (geometry as TopoMultiPolygon).arcs;
  return [];
}

function buildWorldGeometry(): WorldGeometry {
  const atlas = readAtlas();
  const countries = worldCountries as readonly CountryEntry[];
  const codeByNumeric = new Map(countries.map((c) => [c.ccn3, RECODE[c.cca3] ?? c.cca3]));

  // Polygons by code (the carve-outs are copied from their parents further down).
  const polygonsByCode = new Map<string, PolygonArcs[]>();
  const landOnly: PolygonArcs[] = [];
  for (const geometry of atlas.objects.countries.geometries) {
    if (geometry.id === ANTARCTICA) continue;
    const name = (geometry.properties as { name?: string } | undefined)?.name ?? "";
    const code = geometry.id === undefined ? FOLD_BY_NAME[name] : codeByNumeric.get(String(geometry.id));
    if (code === undefined) throw new Error(`world-atlas feature "${name}" (${geometry.id ?? "no id"}) has no code: add it to FOLD_BY_NAME`);
    if (code === null) {
      landOnly.push(...polygonsOf(geometry));
      continue;
    }
    polygonsByCode.set(code, [...(polygonsByCode.get(code) ?? []), ...polygonsOf(geometry)]);
  }

  // Simplify once, on the whole topology, so neighbours keep sharing their borders exactly.
  const presimplified = presimplify(atlas, sphericalTriangleArea);
  const topoOf = (arcs: PolygonArcs[]): TopoMultiPolygon => ({ type: "MultiPolygon", arcs });

  // The projection is fitted before simplifying (the weights are in steradians, converted from units² below).
  const land0 = merge(atlas, atlas.objects.countries.geometries.filter((g) => g.id !== ANTARCTICA) as never) as MultiPolygon;
  const fitPoints: MultiPoint = {
    type: "MultiPoint",
    coordinates: [...countries.map((c) => latlngOf(c.cca3, c.latlng)), ...Object.values(EXTRA_PLACES)].map(([lat, lng]) => [lng, lat]),
  };
  const fitTarget: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      { type: "Feature", properties: {}, geometry: land0 },
      { type: "Feature", properties: {}, geometry: fitPoints },
    ],
  };
  const projection = geoEqualEarth().fitWidth(VIEW_WIDTH - 2 * PADDING, fitTarget);
  const [[, top], [, bottom]] = geoPath(projection).bounds(fitTarget);
  const height = Math.ceil(bottom - top + 2 * PADDING);
  projection.fitExtent(
    [
      [PADDING, PADDING],
      [VIEW_WIDTH - PADDING, height - PADDING],
    ],
    fitTarget,
  );

  // Equal Earth is equal-area, so one unit² of the map is a fixed number of steradians.
  const steradiansPerUnit2 = (4 * Math.PI) / geoPath(projection).area({ type: "Sphere" });
  const simplified = simplify(presimplified, SIMPLIFY_AREA_UNITS * steradiansPerUnit2);

  const project = (geometry: Geometry | Feature) => {
    const { context, rings } = ringCollector();
    geoPath(projection, context)(geometry as never);
    return ringsToPath(rings);
  };

  const carvedOut = new Set(CARVE_OUTS.map((c) => c.code));
  for (const carve of CARVE_OUTS) {
    const parent = polygonsByCode.get(carve.parent) ?? [];
    const picked = parent.filter((polygon) => {
      const [lng, lat] = geoCentroid(feature(atlas, { type: "Polygon", arcs: polygon } as never) as Feature);
      return carve.test(lng, lat);
    });
    if (!picked.length) throw new Error(`no polygon of ${carve.parent} for ${carve.code}`);
    polygonsByCode.set(carve.code, picked);
  }

  const path = geoPath(projection);
  const shapes = new Map<string, ShapeInfo>();
  const shapePaths = new Map<string, string>();
  const shapeCentroids = new Map<string, [number, number]>();
  const restPolygons = [...landOnly];
  for (const [code, polygons] of [...polygonsByCode].sort(([a], [b]) => a.localeCompare(b))) {
    // The largest polygon, measured on the unsimplified atlas so specks keep a position.
    let largest = { area: -1, cx: 0, cy: 0, w: 0, h: 0 };
    for (const polygon of polygons) {
      const part = feature(atlas, { type: "Polygon", arcs: polygon } as never) as Feature;
      const area = path.area(part);
      if (area > largest.area) {
        const [[x0, y0], [x1, y1]] = path.bounds(part);
        const [cx, cy] = path.centroid(part);
        largest = { area, cx, cy, w: x1 - x0, h: y1 - y0 };
      }
    }
    shapeCentroids.set(code, [largest.cx, largest.cy]);
    const tooSmall = largest.area < DOT_MAX_AREA_UNITS || (largest.w < DOT_MAX_SPAN_UNITS && largest.h < DOT_MAX_SPAN_UNITS);
    const geometry = feature(simplified, topoOf(polygons) as never) as Feature;
    const d = tooSmall || DOT_ONLY.has(code) ? "" : project(geometry);
    if (!d) {
      if (!carvedOut.has(code)) restPolygons.push(...polygons);
      continue;
    }
    const [[x0, y0], [x1, y1]] = path.bounds(geometry);
    shapes.set(code, { bbox: [round1(x0), round1(y0), round1(x1), round1(y1)], cx: round1(largest.cx), cy: round1(largest.cy) });
    shapePaths.set(code, d);
  }
  const rest = project(feature(simplified, topoOf(restPolygons) as never) as Feature);
  const landCodes = [...shapes.keys()].filter((code) => !carvedOut.has(code));

  const dots = new Map<string, DotInfo>();
  const places: [string, readonly number[]][] = [
    ...countries.map((c): [string, readonly number[]] => [RECODE[c.cca3] ?? c.cca3, latlngOf(c.cca3, c.latlng)]),
    ...Object.entries(EXTRA_PLACES),
  ];
  for (const [code, [lat, lng]] of places) {
    if (shapes.has(code) || dots.has(code)) continue;
    const fromShape = DOT_ONLY.has(code) || DOT_AT_LATLNG.has(code) ? undefined : shapeCentroids.get(code);
    const [cx, cy] = fromShape ?? (projection([lng, lat]) as [number, number]);
    dots.set(code, { cx: round1(cx), cy: round1(cy), from: fromShape ? "shape" : "latlng" });
  }

  return {
    viewBox: `0 0 ${VIEW_WIDTH} ${height}`,
    width: VIEW_WIDTH,
    height,
    shapes,
    dots,
    hasShape: (iso3) => shapes.has(iso3),
    placeable: (iso3) => shapes.has(iso3) || dots.has(iso3),
    paths: { shapes: shapePaths, landCodes, rest },
  };
}

function latlngOf(cca3: string, latlng: readonly number[]): readonly number[] {
  return LATLNG_OVERRIDES[cca3] ?? latlng;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

let cached: WorldGeometry | undefined;

/** The projected world, built once per process. */
export function worldGeometry(): WorldGeometry {
  cached ??= buildWorldGeometry();
  return cached;
}

let cachedSvg: string | undefined;

/** Strokes stay hairlines whatever size the map is drawn at (vector-effect is not inherited, so it sits on each path). */
const NON_SCALING = ` vector-effect="non-scaling-stroke"`;

/**
 * The shared geometry file (served at /maps/world.svg): a standalone SVG whose <defs> hold one
 * `#c-XXX` path per country shape, all but the carve-outs (GUF, SJM) grouped with `#land-rest` as
 * `#land`. No path carries a fill or stroke, so the referencing <use> decides them. One grey <use>
 * of the land makes the file readable when opened on its own. Deterministic: same packages, same bytes.
 */
export function worldGeometrySvg(): string {
  if (cachedSvg) return cachedSvg;
  const { viewBox, paths } = worldGeometry();
  const shapePath = (code: string) => `<path id="c-${code}"${NON_SCALING} d="${paths.shapes.get(code)}"/>`;
  const carveOuts = [...paths.shapes.keys()].filter((code) => !paths.landCodes.includes(code));
  cachedSvg = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">`,
    "<defs>",
    `<g id="land">`,
    ...paths.landCodes.map(shapePath),
    `<path id="land-rest"${NON_SCALING} d="${paths.rest}"/>`,
    "</g>",
    ...carveOuts.map(shapePath),
    "</defs>",
    `<use href="#land" fill="#d4d4d4" stroke="#fff" stroke-width=".5"/>`,
    "</svg>",
    "",
  ].join("\n");
  return cachedSvg;
}
