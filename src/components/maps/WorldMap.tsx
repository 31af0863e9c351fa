/**
 * A world map drawn at build time: an inline SVG whose countries are <use> references into the
 * shared /maps/world.svg (fetched and cached once by the browser), with no map JavaScript. The
 * caller supplies every word: the title, the description, each country's label and the legend's.
 *
 * Accessibility: a map without links is one image (role="img", named by its <title>, described by
 * its <desc>), and each country's label is its tooltip. A map with links is a group of links, each
 * named by its <title>; pass linksFocusable={false} when the same links are listed on the page,
 * so keyboard users are not made to tab through two hundred countries.
 */
import { Fragment, type ReactNode } from "react";
import type { LegendEntry, MapItem, MapModel } from "@/lib/maps/mapModel";
import {
  BORDER_STROKE,
  DOT_RADIUS,
  DOT_RADIUS_NARROW,
  HIGHLIGHT_STYLE,
  NARROW_MAP_PX,
  NEUTRAL_FILL,
  PATTERN_SIZE,
  ROLE_STYLE,
  itemFill,
  patternId,
  type Role,
} from "@/lib/maps/palette";
import { MapLegend } from "./MapLegend";

export interface WorldMapProps {
  model: MapModel;
  /** Unique on the page: prefixes the ids of the title, description and patterns. */
  id: string;
  /** The map's accessible name. */
  title: string;
  description?: string;
  /** URL of the shared geometry file, base path included (e.g. "/rcp/maps/world.svg"). */
  geometryHref: string;
  /** A country's label, its tooltip and link name: "Ghana — member". */
  labelFor: (iso3: string, item: MapItem) => string;
  /** Overrides the model's links (base path included); countries with no item cannot be linked here. */
  hrefFor?: (iso3: string) => string | undefined;
  /** The legend's text for an entry; entries without text are left out, and no text at all means no legend. */
  legendLabel?: (entry: LegendEntry) => string | undefined;
  /** Names the legend list. */
  legendTitle?: string;
  /** Whether map links are in the tab order (default true). */
  linksFocusable?: boolean;
  className?: string;
}

// One small stylesheet, the same for every map (so repeating it is harmless): dots keep hairline
// rims at any size and grow on a narrow map (the wrapper is a size container; browsers without
// container queries or the CSS `r` property keep the attribute's radius), and a linked country
// shows it is one under the pointer and under focus. (`.wm g circle` leaves the patterns' dots alone.)
const CSS =
  ".wm g circle{vector-effect:non-scaling-stroke}" +
  `@container (max-width:${NARROW_MAP_PX}px){.wm g circle{r:${DOT_RADIUS_NARROW}px}}` +
  ".wm a:hover use,.wm a:hover circle{stroke:#0f172a;stroke-width:1.5px}" +
  ".wm a:focus-visible use,.wm a:focus-visible circle{stroke:#b45309;stroke-width:3px}";

export function WorldMap({
  model,
  id,
  title,
  description,
  geometryHref,
  labelFor,
  hrefFor,
  legendLabel,
  legendTitle,
  linksFocusable = true,
  className,
}: WorldMapProps) {
  const binCount = model.legend.filter((entry) => entry.kind === "bin").length;
  const patterned = [...new Set(model.items.flatMap((item) => (item.role && !item.highlight && ROLE_STYLE[item.role].pattern ? [item.role] : [])))];
  const legendRoles = model.legend.flatMap((entry) => (entry.kind === "role" && ROLE_STYLE[entry.role].pattern ? [entry.role] : []));
  const patterns = [...new Set([...patterned, ...(legendLabel ? legendRoles : [])])];
  const hrefOf = (item: MapItem) => hrefFor?.(item.iso3) ?? item.href;
  const linked = model.items.some((item) => hrefOf(item));

  const drawItem = (item: MapItem): ReactNode => {
    const label = labelFor(item.iso3, item);
    const href = hrefOf(item);
    const common = {
      "data-iso3": item.iso3,
      "data-role": item.role,
      "data-bin": item.bin,
      fill: itemFill(id, item, binCount, item.kind === "dot"),
      ...(item.highlight ? { stroke: HIGHLIGHT_STYLE.stroke, strokeWidth: 1.5 } : {}),
    };
    const tooltip = <title>{label}</title>;
    const mark =
      item.kind === "dot" ? (
        <circle cx={item.cx} cy={item.cy} r={DOT_RADIUS} {...common}>
          {href ? null : tooltip}
        </circle>
      ) : (
        <use href={`${geometryHref}#c-${item.iso3}`} {...common}>
          {href ? null : tooltip}
        </use>
      );
    if (!href) return <Fragment key={item.iso3}>{mark}</Fragment>;
    return (
      <a key={item.iso3} href={href} tabIndex={linksFocusable ? undefined : -1}>
        {tooltip}
        {mark}
      </a>
    );
  };

  return (
    <div className={className} style={{ containerType: "inline-size" }}>
      <svg
        className="wm block h-auto w-full"
        viewBox={model.viewBox}
        width={model.width}
        height={model.height}
        role={linked ? "group" : "img"}
        aria-labelledby={`${id}-title`}
        aria-describedby={description ? `${id}-desc` : undefined}
      >
        <title id={`${id}-title`}>{title}</title>
        {description ? <desc id={`${id}-desc`}>{description}</desc> : null}
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
        {patterns.length ? (
          <defs>
            {patterns.map((role) => [
              <RolePattern key={role} id={patternId(id, role)} role={role} size={PATTERN_SIZE} />,
              <RolePattern key={`${role}-s`} id={patternId(id, role, true)} role={role} size={PATTERN_SIZE / 2} />,
            ])}
          </defs>
        ) : null}
        <g stroke={BORDER_STROKE} strokeWidth={0.6}>
          <use href={`${geometryHref}#land`} fill={NEUTRAL_FILL} />
          {model.items.map(drawItem)}
        </g>
      </svg>
      {legendLabel ? <MapLegend mapId={id} model={model} label={legendLabel} title={legendTitle} /> : null}
    </div>
  );
}

function RolePattern({ id, role, size: s }: { id: string; role: Role; size: number }) {
  const { fill, pattern, ink } = ROLE_STYLE[role];
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={s} height={s} patternTransform={pattern === "hatch" ? "rotate(45)" : undefined}>
      <rect width={s} height={s} fill={fill} />
      {pattern === "hatch" ? (
        <path d={`M${s / 2} 0v${s}`} stroke={ink} strokeWidth={s * 0.32} />
      ) : (
        <circle cx={s / 2} cy={s / 2} r={s * 0.2} fill={ink} />
      )}
    </pattern>
  );
}
