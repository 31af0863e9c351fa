import type { Kind } from "@/lib/content/types";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { displayName, shortName, statusText } from "@/lib/format";
import { href } from "@/lib/routes";
import { timelineBars, timelineSpan, type TimelineBar } from "@/lib/timeline";
import type { Process } from "@/lib/content/types";
import { colon } from "@/lib/i18n/punctuation";

/** Kind colours that stay apart for colour-blind readers and in greyscale (with the kind's own pattern). */
export const KIND_COLOUR: Record<Kind, string> = { rcp: "#0f5557", irf: "#b45309", global: "#5b21b6" };

/**
 * The timeline as build-time SVG: one bar per mechanism, coloured by kind, each a link to its
 * profile; a bar fades after the last report where no source says what came next; successions are
 * drawn as a connector. The table after it is the text equivalent.
 */
export function Timeline({ processes, locale, compact = false, id }: { processes: readonly Process[]; locale: Locale; compact?: boolean; id: string }) {
  const t = dictionary(locale);
  const bars = timelineBars(processes);
  const { from, to } = timelineSpan(bars);
  const label = compact ? 0 : 150;
  const width = 1000;
  const row = compact ? 7 : 18;
  const top = 22;
  const height = top + bars.length * row + 8;
  const x = (year: number) => label + ((year - from) / (to + 1 - from)) * (width - label - 10);
  const y = (i: number) => top + i * row;
  const index = new Map(bars.map((b, i) => [b.process.slug, i]));
  const ticks: number[] = [];
  for (let year = Math.ceil(from / 5) * 5; year <= to + 1; year += 5) ticks.push(year);
  const barLabel = (b: TimelineBar) =>
    `${displayName(b.process, locale).text}${colon(locale)}${b.founded ? t.common.founded(b.start) : b.start}–${b.until === "ended" ? b.end : ""} · ${statusText(b.process, locale)}`;

  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="w-full" role="group" aria-labelledby={`${id}-title`}>
      <title id={`${id}-title`}>{t.timeline.title}</title>
      <defs>
        {(["rcp", "irf", "global"] as const).map((kind) => (
          <linearGradient key={kind} id={`${id}-fade-${kind}`}>
            <stop offset="0" stopColor={KIND_COLOUR[kind]} />
            <stop offset="1" stopColor={KIND_COLOUR[kind]} stopOpacity="0" />
          </linearGradient>
        ))}
        <pattern id={`${id}-irf`} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="4" height="4" fill={KIND_COLOUR.irf} />
          <rect width="1.2" height="4" fill="#fff" fillOpacity="0.5" />
        </pattern>
      </defs>
      {ticks.map((year) => (
        <g key={year}>
          <line x1={x(year)} x2={x(year)} y1={top - 4} y2={height} stroke="#e2e8f0" />
          <text x={x(year)} y={12} fontSize="11" textAnchor="middle" fill="#475569">
            {year}
          </text>
        </g>
      ))}
      {bars.map((b, i) => {
        const fill = b.process.kind === "irf" ? `url(#${id}-irf)` : KIND_COLOUR[b.process.kind];
        const barHeight = row - (compact ? 2 : 6);
        const x0 = x(b.start);
        const x1 = x(b.end + 1);
        const name = displayName(b.process, locale);
        return (
          <a key={b.process.slug} href={href({ page: "process", slug: b.process.slug }, locale)}>
            <title>{barLabel(b)}</title>
            {!compact && (
              <text x={label - 6} y={y(i) + barHeight - 2} fontSize="11" textAnchor="end" fill="#0f172a" lang={name.lang}>
                {shortName(b.process, locale).slice(0, 24)}
              </text>
            )}
            <rect x={x0} y={y(i)} width={Math.max(2, x1 - x0)} height={barHeight} fill={fill} rx="1.5" />
            {b.until === "faded" && <rect x={x1} y={y(i)} width={Math.min(40, width - x1)} height={barHeight} fill={`url(#${id}-fade-${b.process.kind})`} />}
            {!b.founded && <circle cx={x0} cy={y(i) + barHeight / 2} r={barHeight / 3} fill="#fff" stroke={KIND_COLOUR[b.process.kind]} />}
          </a>
        );
      })}
      {bars.map((b, i) => {
        const next = b.process.successor ? index.get(b.process.successor) : undefined;
        if (next === undefined) return null;
        const barHeight = row - (compact ? 2 : 6);
        return <path key={`s-${b.process.slug}`} d={`M${x(b.end + 1)} ${y(i) + barHeight / 2} H${x(b.end + 1) + 4} V${y(next) + barHeight / 2} H${x(bars[next].start)}`} fill="none" stroke="#0f172a" strokeWidth="1.2" markerEnd="" />;
      })}
    </svg>
  );
}
