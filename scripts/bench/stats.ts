/** Small statistics for the bench: quantiles, least squares, and how linear a growth is. */

export function quantile(values: readonly number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return Number.NaN;
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return s[lo] + (s[hi] - s[lo]) * (at - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

export interface Spread {
  /** Median of the runs' medians. */
  median: number;
  /** Interquartile range of every sample of every run. */
  iqr: number;
  q1: number;
  q3: number;
  max: number;
  runMedians: number[];
  samples: number;
  /** Samples in which the results did not change within the time limit. */
  missing: number;
}

export function spread(runs: readonly (readonly (number | null)[])[]): Spread {
  const clean = runs.map((r) => r.filter((v): v is number => typeof v === "number" && Number.isFinite(v)));
  const all = clean.flat();
  const runMedians = clean.filter((r) => r.length).map((r) => median(r));
  const q1 = quantile(all, 0.25);
  const q3 = quantile(all, 0.75);
  return {
    median: median(runMedians),
    iqr: q3 - q1,
    q1,
    q3,
    max: all.length ? Math.max(...all) : Number.NaN,
    runMedians,
    samples: all.length,
    missing: runs.flat().length - all.length,
  };
}

export interface Fit {
  /** Change per record. */
  slope: number;
  intercept: number;
  r2: number;
  /** Slope over the upper half of the range divided by the slope over the lower half (1 = straight line). */
  curvature: number;
  verdict: "linear" | "superlinear" | "sublinear" | "flat" | "falling" | "n/a";
}

/** Least squares of y on x, with a verdict: linear when the line explains it (R² ≥ 0.98) and the slope holds (within ±25 %) from the small counts to the large ones. */
export function fit(points: readonly [number, number][]): Fit | undefined {
  const pts = points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y)).sort((a, b) => a[0] - b[0]);
  if (pts.length < 2) return undefined;
  const n = pts.length;
  const mx = pts.reduce((s, [x]) => s + x, 0) / n;
  const my = pts.reduce((s, [, y]) => s + y, 0) / n;
  const sxx = pts.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  const sxy = pts.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const slope = sxx ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  const ssTot = pts.reduce((s, [, y]) => s + (y - my) ** 2, 0);
  const ssRes = pts.reduce((s, [x, y]) => s + (y - (intercept + slope * x)) ** 2, 0);
  const r2 = ssTot ? 1 - ssRes / ssTot : 1;
  const first = pts[0];
  const last = pts[n - 1];
  const mid = pts[Math.ceil((n - 1) / 2)];
  const lower = (mid[1] - first[1]) / (mid[0] - first[0] || 1);
  const upper = (last[1] - mid[1]) / (last[0] - mid[0] || 1);
  const curvature = n >= 3 && lower !== 0 ? upper / lower : Number.NaN;
  const relativeRange = Math.abs(last[1] - first[1]) / Math.max(Math.abs(first[1]), 1e-9);
  let verdict: Fit["verdict"];
  if (n < 3) verdict = "n/a";
  else if (relativeRange < 0.05) verdict = "flat";
  else if (slope < 0) verdict = "falling";
  else if (r2 >= 0.98 && curvature >= 0.75 && curvature <= 1.25) verdict = "linear";
  else if (curvature > 1.25) verdict = "superlinear";
  else if (curvature < 0.75) verdict = "sublinear";
  else verdict = "linear";
  return { slope, intercept, r2, curvature, verdict };
}
