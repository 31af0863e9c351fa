/**
 * The plain data of one map, ready for <WorldMap>: which countries are coloured, how, whether they
 * are a shape or a dot, and what the legend lists. Pure: no markup and no words (the caller names
 * countries, roles and bins), so the same model can be rendered, tested or serialised.
 *
 * Codes the geometry cannot place are returned in `missing`, never dropped in silence.
 */
import { allKnownCodes, worldGeometry, type WorldGeometry } from "./geometry";
import { CHOROPLETH_FILLS, MAP_ROLES, type Role } from "./palette";

export interface MapItem {
  iso3: string;
  kind: "shape" | "dot";
  /** Role maps: the country's role. Absent on a neutral item (one drawn only to be linked or highlighted). */
  role?: Role;
  /** Choropleth: the country's value and its bin (1 = lowest); absent when the value is 0. */
  value?: number;
  bin?: number;
  /** Dots only: the centre, in viewBox units. */
  cx?: number;
  cy?: number;
  href?: string;
  /** The page's own country (a country page): drawn on top, in its own colour, outlined. */
  highlight?: boolean;
}

export type LegendEntry =
  | { key: Role; kind: "role"; role: Role; count: number }
  | { key: `bin-${number}`; kind: "bin"; bin: number; min: number; max: number; count: number }
  | { key: "highlight"; kind: "highlight"; count: number }
  /** The grey land: "not a participant", "no forum", … */
  | { key: "none"; kind: "none" }
  /** Present when some coloured country is drawn as a dot: "small countries are shown as dots". */
  | { key: "dot"; kind: "dot"; count: number };

export interface MapModel {
  kind: "roles" | "choropleth";
  viewBox: string;
  width: number;
  height: number;
  /** In drawing order: larger shapes first, smaller ones over them, then dots; highlighted items last. */
  items: MapItem[];
  legend: LegendEntry[];
  /** Codes asked for that the geometry cannot place (sorted). Tests keep this empty for every real code. */
  missing: string[];
}

export interface MapOptions {
  /**
   * A link for a country, or undefined for none. Asked for every code the geometry knows, so a
   * country with no role or value still gets a (grey) linked shape when it has a page.
   */
  hrefFor?: (iso3: string) => string | undefined;
  /** Countries to mark as the page's own (drawn last, in HIGHLIGHT_STYLE). */
  highlight?: Iterable<string>;
  /** The geometry to place codes on (tests); defaults to the shared world geometry. */
  geometry?: WorldGeometry;
}

export interface ChoroplethOptions extends MapOptions {
  /** Number of bins (at most CHOROPLETH_FILLS.length, the default). */
  bins?: number;
  /** Lower bounds of the bins, ascending (e.g. [1, 2, 4, 7, 11]); overrides the computed ones. */
  breaks?: readonly number[];
}

export interface RoleEntry {
  iso3: string;
  role: Role;
}

/** A map of countries by role (a forum's members, observers, partners and guests). */
export function roleMap(entries: readonly RoleEntry[], opts: MapOptions = {}): MapModel {
  const geometry = opts.geometry ?? worldGeometry();
  const roles = new Map<string, Role>();
  for (const { iso3, role } of entries) {
    const current = roles.get(iso3);
    if (!current || MAP_ROLES.indexOf(role) < MAP_ROLES.indexOf(current)) roles.set(iso3, role);
  }
  const { items, missing } = placeItems(geometry, roles.keys(), opts, (item) => {
    const role = roles.get(item.iso3);
    return role ? { ...item, role } : item;
  });
  const counts = countBy(items, (item) => item.role);
  const legend: LegendEntry[] = MAP_ROLES.filter((role) => counts.has(role)).map((role) => ({ key: role, kind: "role", role, count: counts.get(role)! }));
  return finish("roles", geometry, items, legend, missing);
}

/** A choropleth: countries shaded by a number (forums per country). Values of 0 or less are neutral land. */
export function choroplethMap(values: ReadonlyMap<string, number>, opts: ChoroplethOptions = {}): MapModel {
  const geometry = opts.geometry ?? worldGeometry();
  const positive = new Map([...values].filter(([, value]) => Number.isFinite(value) && value > 0));
  const bins = binValues([...positive.values()], opts);
  const { items, missing } = placeItems(geometry, values.keys(), opts, (item) => {
    const value = positive.get(item.iso3);
    if (value === undefined) return item;
    return { ...item, value, bin: bins.findLastIndex((b) => value >= b.min) + 1 };
  });
  const placed = countBy(items, (item) => item.bin);
  const legend: LegendEntry[] = bins.map((b, i) => ({ key: `bin-${i + 1}` as const, kind: "bin" as const, bin: i + 1, min: b.min, max: b.max, count: placed.get(i + 1) ?? 0 }));
  return finish("choropleth", geometry, items, legend, missing);
}

interface Bin {
  min: number;
  max: number;
}

/**
 * Bins over the positive values: the caller's breaks, or else up to `bins` groups of roughly equal
 * size cut between distinct values (so equal values always share a bin, and integer counts give
 * integer ranges). With no more distinct values than bins, each value is its own bin.
 */
export function binValues(values: readonly number[], opts: Pick<ChoroplethOptions, "bins" | "breaks"> = {}): Bin[] {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return [];
  const max = sorted[sorted.length - 1];
  if (opts.breaks?.length) {
    const breaks = [...opts.breaks].sort((a, b) => a - b).slice(0, CHOROPLETH_FILLS.length);
    return breaks.map((min, i) => {
      const next = breaks[i + 1];
      const inBin = sorted.filter((v) => v >= min && (next === undefined || v < next));
      return { min, max: inBin.length ? inBin[inBin.length - 1] : next === undefined ? Math.max(min, max) : next };
    });
  }
  const count = Math.max(1, Math.min(opts.bins ?? CHOROPLETH_FILLS.length, CHOROPLETH_FILLS.length));
  const distinct = [...new Set(sorted)];
  if (distinct.length <= count) return distinct.map((v) => ({ min: v, max: v }));
  const frequency = countBy(sorted, (v) => v);
  const bins: Bin[] = [];
  let start = 0;
  let seen = 0;
  for (let i = 0; i < distinct.length; i++) {
    seen += frequency.get(distinct[i])!;
    const binsAfter = count - bins.length - 1;
    const valuesAfter = distinct.length - i - 1;
    const full = seen >= (sorted.length * (bins.length + 1)) / count;
    // Close a bin once it holds its share, or when every remaining value needs a bin of its own.
    if (i === distinct.length - 1 || (binsAfter > 0 && (full || valuesAfter === binsAfter))) {
      bins.push({ min: distinct[start], max: distinct[i] });
      start = i + 1;
    }
  }
  return bins;
}

function placeItems(
  geometry: WorldGeometry,
  requested: Iterable<string>,
  opts: MapOptions,
  decorate: (item: MapItem) => MapItem,
): { items: MapItem[]; missing: string[] } {
  const highlight = new Set(opts.highlight ?? []);
  const wanted = new Set([...requested, ...highlight]);
  const missing = [...wanted].filter((code) => !geometry.placeable(code)).sort();
  const candidates = new Set([...wanted, ...(opts.hrefFor ? allKnownCodes() : [])]);
  const items: MapItem[] = [];
  for (const iso3 of [...candidates].sort()) {
    if (!geometry.placeable(iso3)) continue;
    const href = opts.hrefFor?.(iso3);
    if (!wanted.has(iso3) && !href) continue;
    const dot = geometry.dots.get(iso3);
    let item: MapItem = dot ? { iso3, kind: "dot", cx: dot.cx, cy: dot.cy } : { iso3, kind: "shape" };
    if (href) item.href = href;
    if (highlight.has(iso3)) item.highlight = true;
    item = decorate(item);
    // A requested code with neither role, value, link nor highlight would only be grey on grey.
    if (item.role === undefined && item.bin === undefined && !item.href && !item.highlight) continue;
    items.push(item);
  }
  const area = (iso3: string) => {
    const [x0, y0, x1, y1] = geometry.shapes.get(iso3)?.bbox ?? [0, 0, 0, 0];
    return (x1 - x0) * (y1 - y0);
  };
  const layer = (item: MapItem) => (item.highlight ? 2 : 0) + (item.kind === "dot" ? 1 : 0);
  items.sort((a, b) => layer(a) - layer(b) || area(b.iso3) - area(a.iso3) || a.iso3.localeCompare(b.iso3));
  return { items, missing };
}

function finish(kind: MapModel["kind"], geometry: WorldGeometry, items: MapItem[], legend: LegendEntry[], missing: string[]): MapModel {
  const highlighted = items.filter((item) => item.highlight).length;
  if (highlighted) legend.unshift({ key: "highlight", kind: "highlight", count: highlighted });
  legend.push({ key: "none", kind: "none" });
  const coloredDots = items.filter((item) => item.kind === "dot" && (item.role || item.bin || item.highlight)).length;
  if (coloredDots) legend.push({ key: "dot", kind: "dot", count: coloredDots });
  return { kind, viewBox: geometry.viewBox, width: geometry.width, height: geometry.height, items, legend, missing };
}

function countBy<T, K>(values: readonly T[], keyOf: (value: T) => K | undefined): Map<K, number> {
  const counts = new Map<K, number>();
  for (const value of values) {
    const key = keyOf(value);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
