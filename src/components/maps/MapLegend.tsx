/**
 * A map's legend, in HTML beside the SVG: each entry's swatch is painted exactly as the map paints
 * it (same colour, same pattern, same dot), followed by the caller's words.
 */
import type { LegendEntry, MapModel } from "@/lib/maps/mapModel";
import { BORDER_STROKE, HIGHLIGHT_STYLE, NEUTRAL_FILL, itemFill } from "@/lib/maps/palette";

const W = 20;
const H = 14;
const DOT_SWATCH_FILL = "#475569";

export function MapLegend({
  mapId,
  model,
  label,
  title,
}: {
  mapId: string;
  model: MapModel;
  label: (entry: LegendEntry) => string | undefined;
  title?: string;
}) {
  const binCount = model.legend.filter((entry) => entry.kind === "bin").length;
  const entries = model.legend.flatMap((entry) => {
    const text = label(entry);
    return text ? [{ entry, text }] : [];
  });
  if (!entries.length) return null;
  const titleId = `${mapId}-legend`;
  return (
    <div className="mt-2 text-sm text-slate-700">
      {title ? (
        <p id={titleId} className="font-medium text-slate-900">
          {title}
        </p>
      ) : null}
      <ul className="flex flex-wrap gap-x-4 gap-y-1" aria-labelledby={title ? titleId : undefined}>
        {entries.map(({ entry, text }) => (
          <li key={entry.key} className="flex items-center gap-1.5">
            <Swatch entry={entry} fill={swatchFill(mapId, entry, binCount)} />
            <span>{text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function swatchFill(mapId: string, entry: LegendEntry, binCount: number): string {
  switch (entry.kind) {
    case "role":
      return itemFill(mapId, { role: entry.role }, binCount);
    case "bin":
      return itemFill(mapId, { bin: entry.bin }, binCount);
    case "highlight":
      return HIGHLIGHT_STYLE.fill;
    case "dot":
      return DOT_SWATCH_FILL;
    case "none":
      return NEUTRAL_FILL;
  }
}

function Swatch({ entry, fill }: { entry: LegendEntry; fill: string }) {
  return (
    <svg aria-hidden="true" className="shrink-0" width={W} height={H} viewBox={`0 0 ${W} ${H}`}>
      {entry.kind === "dot" ? (
        <circle cx={W / 2} cy={H / 2} r={4.5} fill={fill} stroke={BORDER_STROKE} />
      ) : (
        <rect
          x={0.5}
          y={0.5}
          width={W - 1}
          height={H - 1}
          fill={fill}
          stroke={entry.kind === "highlight" ? HIGHLIGHT_STYLE.stroke : "#94a3b8"}
          strokeWidth={entry.kind === "highlight" ? 1.5 : 1}
        />
      )}
    </svg>
  );
}
