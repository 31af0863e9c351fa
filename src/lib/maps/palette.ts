/**
 * Colours and patterns of the maps. Roles use Okabe–Ito hues (safe for the common colour-vision
 * deficiencies) and also differ without colour, for greyscale print and for readers who cannot tell
 * the hues apart: members solid and darkest, partners solid and light, observers hatched, guests
 * dotted. In greyscale the solid fills sit at L* ≈ 37 (member), 69 (partner) and 91 (no role), and
 * the patterned ones carry their pattern. The choropleth is one hue (blue), five steps evenly
 * spaced in lightness (L* ≈ 80 → 23), every step darker than the neutral land (L* ≈ 91).
 */
import type { Role } from "../content/types";
import { ROLES } from "../content/vocabulary";

export type { Role };

/** The roles, strongest first: when a country is listed twice, the earlier role wins. */
export const MAP_ROLES: readonly Role[] = ROLES;

export type MapPattern = "hatch" | "dots";

export interface RoleStyle {
  /** Base colour. */
  fill: string;
  /** Drawn over the base colour, in `ink`, so the role reads without colour. */
  pattern?: MapPattern;
  ink?: string;
}

export const ROLE_STYLE: Readonly<Record<Role, RoleStyle>> = {
  member: { fill: "#005a9c" },
  observer: { fill: "#e69f00", pattern: "hatch", ink: "#5c3c00" },
  partner: { fill: "#49bb96" },
  guest: { fill: "#a8558a", pattern: "dots", ink: "#ffffff" },
};

/** Land of countries with no role and no value. */
export const NEUTRAL_FILL = "#e4e4e4";
/** Borders and the rim of dots: hairlines in the page's background colour. */
export const BORDER_STROKE = "#ffffff";
/** The page's own country on a country page: vermillion, outlined in black. */
export const HIGHLIGHT_STYLE = { fill: "#d55e00", stroke: "#000000" } as const;

/** Sequential blues for the choropleth, lightest (fewest) first. */
export const CHOROPLETH_FILLS: readonly string[] = ["#a9cbe8", "#74a9d8", "#4384c1", "#1f5d9e", "#0b3470"];

/** Radius of a small country's dot, in viewBox units (the map is 1000 units wide)… */
export const DOT_RADIUS = 3.6;
/** …and on a map drawn narrower than NARROW_MAP_PX, where 3.6 units would be a pixel. */
export const DOT_RADIUS_NARROW = 6.5;
export const NARROW_MAP_PX = 560;

/** The fill of choropleth bin `bin` (1-based) of `binCount`: fewer bins spread over the whole scale. */
export function choroplethFill(bin: number, binCount: number): string {
  const steps = CHOROPLETH_FILLS.length;
  const index = binCount <= 1 ? steps - 1 : Math.round(((bin - 1) * (steps - 1)) / (binCount - 1));
  return CHOROPLETH_FILLS[Math.max(0, Math.min(steps - 1, index))];
}

/** Side of a pattern tile, in the user units of whatever it fills (map units or legend pixels). */
export const PATTERN_SIZE = 5;

/**
 * The id of a map's pattern for a role, at shape size or (small) at dot size, whose tile is half as
 * big so a dot shows several stripes or specks. The legend's swatches reuse the shape-size patterns.
 */
export const patternId = (mapId: string, role: Role, small = false) => `${mapId}-${role}${small ? "-s" : ""}`;

/** The paint of one map item (`small` for a dot), and of a legend swatch. */
export function itemFill(mapId: string, item: { role?: Role; bin?: number; highlight?: boolean }, binCount: number, small = false): string {
  if (item.highlight) return HIGHLIGHT_STYLE.fill;
  if (item.role) return ROLE_STYLE[item.role].pattern ? `url(#${patternId(mapId, item.role, small)})` : ROLE_STYLE[item.role].fill;
  if (item.bin) return choroplethFill(item.bin, binCount);
  return NEUTRAL_FILL;
}
