import type { Process } from "@/lib/content/types";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { href } from "@/lib/routes";
import { activeByYear, timelineBars } from "@/lib/timeline";
import { KIND_COLOUR } from "./Timeline";

const KINDS = ["rcp", "irf", "global"] as const;

/**
 * The field at a glance, at any size: per year, how many mechanisms of each kind the sources show
 * running (founding to end or last report), as stacked bars drawn at build time. The timeline page
 * has one bar per mechanism and the table.
 */
export function ActiveChart({ processes, locale }: { processes: readonly Process[]; locale: Locale }) {
  const t = dictionary(locale);
  const years = activeByYear(timelineBars(processes));
  const max = Math.max(1, ...years.map((y) => y.rcp + y.irf + y.global));
  const [width, height, bottom] = [1000, 160, 18];
  const step = width / years.length;
  const scale = (n: number) => (n / max) * (height - bottom - 4);
  return (
    <a href={href({ page: "timeline" }, locale)} className="block">
      <svg viewBox={`0 0 ${width} ${height}`} className="w-full" role="img" aria-label={t.home.chartTitle(years[0].year, years.at(-1)!.year, max)}>
        <title>{t.home.chartTitle(years[0].year, years.at(-1)!.year, max)}</title>
        {years.map((y, i) => {
          let top = height - bottom;
          return (
            <g key={y.year}>
              {KINDS.map((kind) => {
                const h = scale(y[kind]);
                top -= h;
                return h > 0 ? <rect key={kind} x={i * step + 1} y={top} width={Math.max(1, step - 2)} height={h} fill={KIND_COLOUR[kind]} /> : null;
              })}
              {y.year % 5 === 0 && (
                <text x={i * step + step / 2} y={height - 4} fontSize="11" textAnchor="middle" fill="#475569">
                  {y.year}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </a>
  );
}
