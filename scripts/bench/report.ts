/**
 * reports/bench.md from the bench's results: the summary across record counts, the issue's targets
 * (met / not met, with the number), growth per record, page types, interactions and Lighthouse.
 * The figures of every count measured so far are kept in the report itself (a JSON block in an
 * HTML comment at its end), so `--records 1000` alone updates its column and the growth.
 */
import { existsSync, readFileSync } from "node:fs";
import { LIGHTHOUSE_PAGES, type RunResult } from "./run";
import { KB, type ExportSizes, type TypeSummary } from "./sizes";
import { fit, median, spread, type Spread } from "./stats";
import type { Workspace } from "./workspace";

export interface Environment {
  node: string;
  chromium: string;
  lighthouse?: string;
  cores: number;
  memoryGb: number;
}

export interface StoredRun extends RunResult {
  workspace: Omit<Workspace, "projectRoot" | "dir">;
  bare: { sizes: Pick<ExportSizes, "floor" | "htmlPages">; htmlGz: number; jsGz: number };
  environment: Environment;
}

export interface Invocation {
  startedAt: string;
  records: number[];
  ms: number;
}

export interface BenchData {
  version: 1;
  runs: StoredRun[];
  invocations: Invocation[];
}

const MARK = "<!-- bench-data";

export function readData(file: string): BenchData {
  if (!existsSync(file)) return { version: 1, runs: [], invocations: [] };
  const text = readFileSync(file, "utf8");
  const at = text.lastIndexOf(MARK);
  if (at < 0) return { version: 1, runs: [], invocations: [] };
  try {
    const json = text.slice(at + MARK.length, text.indexOf("-->", at)).trim();
    const data = JSON.parse(json) as BenchData;
    return data.version === 1 ? data : { version: 1, runs: [], invocations: [] };
  } catch {
    return { version: 1, runs: [], invocations: [] };
  }
}

// ---------- formatting ----------

const kb = (bytes: number | undefined) => (bytes === undefined || !Number.isFinite(bytes) ? "—" : `${(bytes / KB).toFixed(1)} kB`);
const mb = (kbytes: number | undefined) => (kbytes === undefined || !Number.isFinite(kbytes) ? "—" : `${(kbytes / 1024).toFixed(0)} MB`);
const mbBytes = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
const s = (ms: number | undefined) => (ms === undefined || !Number.isFinite(ms) ? "—" : `${(ms / 1000).toFixed(1)} s`);
const ms = (v: number | undefined, digits = 0) => (v === undefined || !Number.isFinite(v) ? "—" : `${v.toFixed(digits)} ms`);
const int = (v: number) => v.toLocaleString("en-US");
const num = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : "—");

// ---------- derived figures ----------

const validateMs = (r: RunResult) => median(r.validate.map((v) => v.ms));
const type = (r: RunResult, t: string): TypeSummary | undefined => r.sizes.types.find((x) => x.type === t);
const repHtml = (r: RunResult, t: string) => type(r, t)?.rep.htmlGz;
const maxHtml = (r: RunResult) => Math.max(...r.sizes.types.map((t) => t.htmlGzMax));
const maxHtmlPage = (r: RunResult) => r.sizes.types.reduce((a, b) => (b.htmlGzMax > a.htmlGzMax ? b : a)).htmlGzMaxFile;
const clicks = (r: RunResult): Spread | undefined => (r.interactions ? spread(r.interactions.runs.map((x) => x.clicks.map((c) => c.ms))) : undefined);
const clicksFromInput = (r: RunResult): Spread | undefined => (r.interactions ? spread(r.interactions.runs.map((x) => x.clicks.map((c) => c.fromInputMs))) : undefined);
const clicksFirst = (r: RunResult): Spread | undefined => (r.interactions ? spread(r.interactions.runs.map((x) => x.clicks.map((c) => c.firstChangeMs))) : undefined);
const keys = (r: RunResult): Spread | undefined => (r.interactions ? spread(r.interactions.runs.map((x) => x.keys.map((c) => c.ms))) : undefined);
const keysFromInput = (r: RunResult): Spread | undefined => (r.interactions ? spread(r.interactions.runs.map((x) => x.keys.map((c) => c.fromInputMs))) : undefined);
const readyMs = (r: RunResult) => (r.interactions ? median(r.interactions.runs.flatMap((x) => x.readyMs)) : undefined);
const lh = (r: RunResult, name: string) => r.lighthouse?.pages.find((p) => p.name === name);
const lhMedian = (r: RunResult, name: string, key: "score" | "tbt" | "lcp" | "cls" | "fcp") => {
  const page = lh(r, name);
  return page ? median(page.runs.map((x) => x[key])) : undefined;
};
const perPage = (r: RunResult, bytes: number) => bytes / r.sizes.htmlPages;

interface Metric {
  label: string;
  get: (r: RunResult) => number | undefined;
  show: (v: number | undefined) => string;
  /** How the slope per record is written. */
  slope?: (v: number) => string;
}

const METRICS: Metric[] = [
  { label: "HTML pages", get: (r) => r.sizes.htmlPages, show: (v) => (v === undefined ? "—" : int(v)), slope: (v) => `${v.toFixed(2)} pages` },
  { label: "validate (median of runs)", get: validateMs, show: s, slope: (v) => `${v.toFixed(2)} ms` },
  { label: "build (`next build`)", get: (r) => r.build.ms, show: s, slope: (v) => `${v.toFixed(0)} ms` },
  { label: "build time per page", get: (r) => r.build.ms / r.sizes.htmlPages, show: (v) => ms(v, 1), slope: (v) => `${(v * 1000).toFixed(1)} µs` },
  { label: "build peak memory (process tree)", get: (r) => r.build.peakTreeKb, show: mb, slope: (v) => `${(v / 1024).toFixed(2)} MB` },
  { label: "preview images (`og-images.ts`)", get: (r) => r.og.ms, show: s, slope: (v) => `${v.toFixed(0)} ms` },
  { label: "preview images peak memory (process tree)", get: (r) => r.og.peakTreeKb, show: mb, slope: (v) => `${(v / 1024).toFixed(3)} MB` },
  { label: "out/ size", get: (r) => r.sizes.total.bytes, show: (v) => (v === undefined ? "—" : mbBytes(v)), slope: (v) => `${(v / KB).toFixed(0)} kB` },
  { label: "out/ files", get: (r) => r.sizes.total.files, show: (v) => (v === undefined ? "—" : int(v)), slope: (v) => `${v.toFixed(1)} files` },
  { label: "out/ size per page", get: (r) => perPage(r, r.sizes.total.bytes), show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "out/ per page, without preview images", get: (r) => perPage(r, r.sizes.withoutImages.bytes), show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "home `/` HTML (gz)", get: (r) => repHtml(r, "home"), show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "explorer `/processes/` HTML (gz)", get: (r) => repHtml(r, "explorer"), show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "profile `/processes/budapest-process/` HTML (gz)", get: (r) => repHtml(r, "profile"), show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "country `/countries/gha/` HTML (gz)", get: (r) => repHtml(r, "country"), show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "largest HTML of any page (gz)", get: maxHtml, show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "explorer index raw", get: (r) => r.sizes.explorerIndex?.raw, show: kb, slope: (v) => `${v.toFixed(0)} B` },
  { label: "explorer index (gz)", get: (r) => r.sizes.explorerIndex?.gz, show: kb, slope: (v) => `${v.toFixed(0)} B` },
  { label: "search index raw", get: (r) => r.sizes.searchIndex?.raw, show: kb, slope: (v) => `${v.toFixed(0)} B` },
  { label: "search index (gz)", get: (r) => r.sizes.searchIndex?.gz, show: kb, slope: (v) => `${v.toFixed(0)} B` },
  { label: "explorer's own JS (gz, above the framework)", get: (r) => type(r, "explorer")?.rep.ownJsGz, show: kb, slope: (v) => `${v.toFixed(1)} B` },
  { label: "explorer ready at 4× (index loaded, filters on)", get: readyMs, show: (v) => ms(v), slope: (v) => `${v.toFixed(2)} ms` },
  { label: "filter click → paint, median at 4×", get: (r) => clicks(r)?.median, show: (v) => ms(v, 1), slope: (v) => `${v.toFixed(3)} ms` },
  { label: "keystroke → paint, median at 4×", get: (r) => keys(r)?.median, show: (v) => ms(v, 1), slope: (v) => `${v.toFixed(3)} ms` },
  ...LIGHTHOUSE_PAGES.map((p) => ({ label: `Lighthouse mobile: ${p.name}`, get: (r: RunResult) => lhMedian(r, p.name, "score"), show: (v: number | undefined) => (v === undefined ? "—" : String(v)), slope: (v: number) => `${v.toFixed(4)}` })),
];

// ---------- targets ----------

interface Target {
  text: string;
  at: number;
  value: (r: RunResult, all: RunResult[]) => { met: boolean | undefined; shown: string };
}

const atMost = (v: number | undefined, limit: number, show: (v: number) => string) => ({ met: v === undefined || !Number.isFinite(v) ? undefined : v <= limit, shown: v === undefined ? "not measured" : show(v) });
const LOOKUPS = ["country", "organisation", "region", "theme", "countries (index)", "organisations (index)", "regions (index)", "themes (index)"];

function targets(smallest: number, largest: number): Target[] {
  const base = (all: RunResult[]) => all.find((r) => r.records === smallest);
  return [
    { text: "explorer HTML ≤ 30 kB gz", at: largest, value: (r) => atMost(repHtml(r, "explorer"), 30 * KB, kb) },
    { text: "explorer index ≤ 120 kB gz", at: largest, value: (r) => atMost(r.sizes.explorerIndex?.gz, 120 * KB, kb) },
    { text: "home HTML ≤ 30 kB gz", at: largest, value: (r) => atMost(repHtml(r, "home"), 30 * KB, kb) },
    {
      text: "no page over 150 kB gz (HTML)",
      at: largest,
      value: (r) => {
        const v = maxHtml(r);
        return { met: v <= 150 * KB, shown: `largest ${kb(v)} (\`${maxHtmlPage(r)}\`); with its JS and CSS the heaviest page is ${kb(r.sizes.heaviest.weightGz)} and ${int(r.sizes.pagesOver150kGz)} of ${int(r.sizes.htmlPages)} pages exceed 150 kB that way — the bare framework alone loads ${kb(r.sizes.floor.jsGz)}` };
      },
    },
    { text: "filter click → paint median ≤ 50 ms at 4× throttle", at: largest, value: (r) => atMost(clicks(r)?.median, 50, (v) => ms(v, 1)) },
    { text: "keystroke → paint median ≤ 30 ms at 4× throttle", at: largest, value: (r) => atMost(keys(r)?.median, 30, (v) => ms(v, 1)) },
    {
      text: `build time per page no worse than at ${smallest} records (linear)`,
      at: largest,
      value: (r, all) => {
        const b = base(all);
        if (!b) return { met: undefined, shown: `not measured at ${smallest}` };
        const now = r.build.ms / r.sizes.htmlPages;
        const then = b.build.ms / b.sizes.htmlPages;
        return { met: now <= then, shown: `${ms(now, 1)} per page vs ${ms(then, 1)} at ${smallest} (${((now / then - 1) * 100).toFixed(0)} %)` };
      },
    },
    { text: "validate ≤ 3 s", at: largest, value: (r) => atMost(validateMs(r), 3000, (v) => s(v)) },
    {
      text: `preview-image step's peak memory flat (within 20 % of ${smallest} records)`,
      at: largest,
      value: (r, all) => {
        const b = base(all);
        if (!b) return { met: undefined, shown: `not measured at ${smallest}` };
        const ratio = r.og.peakTreeKb / b.og.peakTreeKb;
        return { met: ratio <= 1.2, shown: `${mb(r.og.peakTreeKb)} vs ${mb(b.og.peakTreeKb)} (${((ratio - 1) * 100).toFixed(0)} %)` };
      },
    },
    {
      text: `out/ per page no larger than at ${smallest}`,
      at: largest,
      value: (r, all) => {
        const b = base(all);
        if (!b) return { met: undefined, shown: `not measured at ${smallest}` };
        const now = perPage(r, r.sizes.total.bytes);
        const then = perPage(b, b.sizes.total.bytes);
        return { met: now <= then, shown: `${kb(now)} vs ${kb(then)} (${((now / then - 1) * 100).toFixed(0)} %)` };
      },
    },
    ...LIGHTHOUSE_PAGES.map((p) => ({
      text: `Lighthouse mobile ≥ 98: ${p.name}`,
      at: smallest,
      value: (r: RunResult) => {
        const v = lhMedian(r, p.name, "score");
        return { met: v === undefined ? undefined : v >= 98, shown: v === undefined ? "not measured" : String(v) };
      },
    })),
    {
      text: "CLS 0 (every Lighthouse page)",
      at: smallest,
      value: (r) => {
        if (!r.lighthouse) return { met: undefined, shown: "not measured" };
        const worst = Math.max(...LIGHTHOUSE_PAGES.flatMap((p) => lh(r, p.name)?.runs.map((x) => x.cls) ?? []));
        return { met: worst === 0, shown: `largest CLS of any run ${num(worst, 3)}` };
      },
    },
    ...LIGHTHOUSE_PAGES.map((p) => ({
      text: `TBT within 50 ms of the bare framework page: ${p.name}`,
      at: smallest,
      value: (r: RunResult) => {
        const v = lhMedian(r, p.name, "tbt");
        const bare = lhMedian(r, "bare framework page", "tbt");
        if (v === undefined || bare === undefined) return { met: undefined, shown: "not measured" };
        return { met: v - bare <= 50, shown: `${ms(v)} vs ${ms(bare)} (${v - bare >= 0 ? "+" : "−"}${ms(Math.abs(v - bare))})` };
      },
    })),
    {
      text: "own JavaScript ≤ 5 kB gz on profiles",
      at: smallest,
      value: (r) => atMost(type(r, "profile")?.ownJsGzMax, 5 * KB, (v) => `${kb(v)} (largest of the type)`),
    },
    {
      text: "own JavaScript ≤ 5 kB gz on lookups (country, organisation, region, theme pages and their indexes)",
      at: smallest,
      value: (r) => {
        const worst = LOOKUPS.map((t) => type(r, t)).filter((t): t is TypeSummary => Boolean(t)).reduce<TypeSummary | undefined>((a, b) => (!a || b.ownJsGzMax > a.ownJsGzMax ? b : a), undefined);
        return worst ? { met: worst.ownJsGzMax <= 5 * KB, shown: `largest ${kb(worst.ownJsGzMax)} (${worst.type})` } : { met: undefined, shown: "not measured" };
      },
    },
    { text: "own JavaScript ≤ 25 kB gz on the explorer", at: smallest, value: (r) => atMost(type(r, "explorer")?.ownJsGzMax, 25 * KB, kb) },
  ];
}

// ---------- rendering ----------

function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");
}

const spreadCell = (x: Spread | undefined) => (x ? `${ms(x.median, 1)} (IQR ${ms(x.iqr, 1)}, max ${ms(x.max, 0)})` : "—");

export function renderReport(data: BenchData): string {
  const runs = [...data.runs].sort((a, b) => a.records - b.records);
  if (!runs.length) return "# Benchmark report\n\nNo runs yet: `npm run bench -- --records 44,200,500,1000`.\n";
  const counts = runs.map((r) => r.records);
  const smallest = counts[0];
  const largest = counts.at(-1)!;
  const out: string[] = [];
  const env = runs.at(-1)!.environment;
  const snapshots = [...new Set(runs.map((r) => `${r.workspace.commit}${r.workspace.dirty.length ? ` + ${r.workspace.dirty.length} uncommitted file(s)` : ""} (copied ${r.workspace.takenAt.slice(0, 16).replace("T", " ")} UTC)`))];
  const lastInvocation = data.invocations.at(-1);

  out.push(`# Benchmark report: growing the data

Generated by \`npm run bench -- --records ${counts.join(",")}\` (each count can also be run alone; the figures of the others are kept). Figures, not pass/fail: the bench never fails on a number.

- Machine: ${env.cores} cores, ${env.memoryGb} GB, Node ${env.node}, ${env.chromium}${env.lighthouse ? `, Lighthouse ${env.lighthouse}` : ""}. Shared with other engineers' builds: every timed phase records how many cores the rest of the machine used meanwhile ("others" below).
- Source measured: ${snapshots.join("; ")}.
- Measured: ${runs.map((r) => `${r.records} records on ${r.measuredAt.slice(0, 16).replace("T", " ")} UTC (${s(r.totalMs)})`).join("; ")}.${runs.some((r) => r.browserMeasuredAt && r.browserMeasuredAt.slice(0, 15) !== r.measuredAt.slice(0, 15)) ? ` Browser phases measured again on the kept exports (\`--browser-only\`): ${runs.map((r) => `${r.records} at ${(r.browserMeasuredAt ?? r.measuredAt).slice(11, 16)}`).join(", ")} UTC.` : ""}${lastInvocation ? `\n- Last invocation: records ${lastInvocation.records.join(", ")}, ${s(lastInvocation.ms)} in all (${(lastInvocation.ms / 60000).toFixed(0)} min).` : ""}
- kB = 1,000 bytes; gz = gzip level 9 of each file; MB of memory = 1,048,576 bytes of resident set, summed over the process tree.
`);

  // Summary.
  out.push("## Summary\n");
  const fits = new Map(METRICS.map((m) => [m.label, fit(runs.flatMap((r) => (m.get(r) === undefined ? [] : [[r.records, m.get(r)!] as [number, number]])))]));
  out.push(
    table(
      ["", ...counts.map((c) => `${int(c)} records`), "per record (least squares)", "R²", "growth"],
      METRICS.map((m) => {
        const f = fits.get(m.label);
        return [m.label, ...runs.map((r) => m.show(m.get(r))), f && m.slope ? m.slope(f.slope) : "—", f ? num(f.r2, 3) : "—", f?.verdict ?? "—"];
      }),
    ),
  );
  out.push(`
"growth": linear when a straight line explains the points (R² ≥ 0.98) and the slope over the upper half of the range is within ±25 % of the slope over the lower half; super-/sublinear when the upper slope is steeper/flatter than that; flat when the value moves less than 5 %; falling when it goes down. For times measured while others used the machine, the growth says more about their load than about ours: see the "others" columns.
`);

  // Targets.
  out.push("## The issue's targets\n");
  const ts = targets(smallest, largest);
  out.push(
    table(
      ["target", "at", "measured", "met?"],
      ts.map((t) => {
        const r = runs.find((x) => x.records === t.at);
        if (!r) return [t.text, `${t.at}`, "not measured", "—"];
        const v = t.value(r, runs);
        return [t.text, `${int(t.at)} records`, v.shown, v.met === undefined ? "—" : v.met ? "**met**" : "**not met**"];
      }),
    ),
  );
  const metCount = ts.filter((t) => {
    const r = runs.find((x) => x.records === t.at);
    return r && t.value(r, runs).met === true;
  }).length;
  out.push(`\n${metCount} of ${ts.length} targets met.${largest !== 1000 || smallest !== 44 ? ` (The issue's targets are set at 44 and 1,000 records; here the smallest count is ${smallest} and the largest ${largest}.)` : ""}\n`);

  // Growth by page type.
  out.push("## What grows with the records\n");
  const typeNames = [...new Set(runs.flatMap((r) => r.sizes.types.map((t) => t.type)))];
  const typeGrowth = typeNames
    .map((t) => {
      const rep = fit(runs.flatMap((r) => (type(r, t) ? [[r.records, type(r, t)!.rep.htmlGz] as [number, number]] : [])));
      const mx = fit(runs.flatMap((r) => (type(r, t) ? [[r.records, type(r, t)!.htmlGzMax] as [number, number]] : [])));
      const pages = fit(runs.flatMap((r) => (type(r, t) ? [[r.records, type(r, t)!.pages] as [number, number]] : [])));
      return { t, rep, mx, pages };
    })
    .sort((a, b) => (b.mx?.slope ?? 0) - (a.mx?.slope ?? 0));
  out.push(
    table(
      ["page type", ...counts.map((c) => `HTML gz at ${int(c)} (largest of type)`), "per record: representative page", "per record: largest page", "pages per record"],
      typeGrowth.map(({ t, rep, mx, pages }) => [
        t,
        ...runs.map((r) => {
          const x = type(r, t);
          return x ? `${kb(x.rep.htmlGz)} (${kb(x.htmlGzMax)})` : "—";
        }),
        rep ? `${rep.slope.toFixed(1)} B (${rep.verdict})` : "—",
        mx ? `${mx.slope.toFixed(1)} B (${mx.verdict})` : "—",
        pages ? pages.slope.toFixed(2) : "—",
      ]),
    ),
  );
  out.push("\nThe representative page of a type is the one the issue names where it names one (home, explorer, `budapest-process`, `gha`), else `iom`, `africa`, `labour-migration` or the first English page of the type.\n");

  // Page types per count.
  out.push("## Page types: HTML, JavaScript and CSS (gzip)\n");
  const bare = runs.at(-1)!.bare;
  out.push(
    `The framework floor is the set of scripts that every page of the export loads; "own JS" is what a page loads beyond it. A bare Next page (one static page, nothing of ours, built once per bench with the same Next and React) loads ${kb(bare.jsGz)} of JavaScript and ${kb(bare.htmlGz)} of HTML; the site's floor is ${kb(runs.at(-1)!.sizes.floor.jsGz)} in ${runs.at(-1)!.sizes.floor.scripts.length} scripts (the 404 page loads ${kb(runs.at(-1)!.sizes.notFoundJsGz)}).\n`,
  );
  for (const r of runs) {
    out.push(`### ${int(r.records)} records: ${int(r.sizes.htmlPages)} pages\n`);
    out.push(
      table(
        ["type", "pages", "representative", "HTML", "HTML median / largest", "JS (all)", "own JS (largest of type)", "CSS", "HTML+JS+CSS largest"],
        r.sizes.types.map((t) => [t.type, int(t.pages), `\`${t.representative}\``, kb(t.rep.htmlGz), `${kb(t.htmlGzMedian)} / ${kb(t.htmlGzMax)}`, kb(t.rep.jsGz), `${kb(t.rep.ownJsGz)} (${kb(t.ownJsGzMax)})`, kb(t.rep.cssGz), kb(t.weightGzMax)]),
      ),
    );
    out.push(
      `\nout/: ${mbBytes(r.sizes.total.bytes)} in ${int(r.sizes.total.files)} files (preview images ${mbBytes(r.sizes.images.bytes)} in ${int(r.sizes.images.files)}). Explorer index ${kb(r.sizes.explorerIndex?.raw)} raw, ${kb(r.sizes.explorerIndex?.gz)} gz; search index ${kb(r.sizes.searchIndex?.raw)} raw, ${kb(r.sizes.searchIndex?.gz)} gz.\n`,
    );
  }

  // Build phases.
  out.push("## Build phases\n");
  out.push(
    table(
      ["records", "generate", "validate (each run)", "next build", "build peak (tree / largest process, sampled / exact)", "preview images", "images peak (tree / largest process, exact)", "images' own report", "others during build / images"],
      runs.map((r) => [
        int(r.records),
        s(r.generateMs),
        r.validate.map((v) => s(v.ms)).join(", "),
        s(r.build.ms),
        `${mb(r.build.peakTreeKb)} / ${mb(r.build.peakProcessKb)} / ${mb(r.build.maxRssKb)}`,
        s(r.og.ms),
        `${mb(r.og.peakTreeKb)} / ${mb(r.og.maxRssKb)}`,
        r.og.summary.replace(/^Wrote /, "").replace(/\|/g, "/"),
        `${num(r.build.foreignCores)} / ${num(r.og.foreignCores)} cores`,
      ]),
    ),
  );
  out.push(
    "\nValidate is `npx tsx scripts/validate.ts <root>` end to end (process start included), the median of its runs. Build is `npx next build` from a cold start (no `.next`, no cache) into the bench's own distDir. Peak memory is sampled from /proc every 100 ms over the command's whole process tree (the sum at the highest sample); “exact” is the kernel's maximum resident set of the largest single process of the tree (`/usr/bin/time`), which sampling can miss on a short spike.\n",
  );

  // Interactions.
  out.push("## Explorer interactions (Chromium, 4× CPU throttling)\n");
  out.push(
    table(
      ["records", "filter click → paint", "… from the `input` event", "… first DOM change → paint", "keystroke → paint", "… from the `input` event", "runs (medians: clicks / keys)", "no change seen", "explorer ready", "others"],
      runs.map((r) => {
        const c = clicks(r);
        const k = keys(r);
        return [
          int(r.records),
          spreadCell(c),
          spreadCell(clicksFromInput(r)),
          spreadCell(clicksFirst(r)),
          spreadCell(k),
          spreadCell(keysFromInput(r)),
          c && k ? `${c.runMedians.map((v) => v.toFixed(0)).join(", ")} / ${k.runMedians.map((v) => v.toFixed(0)).join(", ")}` : "—",
          c && k ? `${c.missing} / ${k.missing}` : "—",
          ms(readyMs(r)),
          r.interactions ? `${num(r.interactions.foreignCores)} cores` : "—",
        ];
      }),
    ),
  );
  out.push(`
Each figure is the median of the runs' medians (20 interactions a run, each run a fresh page load), with the IQR and the maximum of every sample of every run. Clicks: the region checkboxes of /processes/, each on and then off, in turn. Keystrokes: in "Search by name", a letter and then Backspace, in turn (m, p, b, c, d, k, g, h, v, z), so every keystroke changes the results. Timed in the page from the interaction's event (\`click\`; \`keydown\`) to the next paint after the results changed (a MutationObserver on the results section sees the count, the rows or the first row change; then rAF + MessageChannel). "From the \`input\` event" starts at the DOM \`input\` event instead, which for a checkbox fires after React has already rendered the click synchronously. "First DOM change" ends at the paint after the first mutation of the results section (the applied-filter chips render one step before the filtered rows). "Explorer ready": navigation start to the index loaded and the filters enabled, throttled.
`);

  // Lighthouse.
  out.push("## Lighthouse (mobile)\n");
  const withLh = runs.filter((r) => r.lighthouse);
  if (!withLh.length) out.push("Not run.\n");
  for (const r of withLh) {
    const bareTbt = lhMedian(r, "bare framework page", "tbt");
    out.push(`### ${int(r.records)} records (others used ${num(r.lighthouse!.foreignCores)} cores meanwhile)\n`);
    out.push(
      table(
        ["page", "performance (runs)", "TBT", "TBT − bare page", "LCP", "FCP", "CLS (largest)", "warnings"],
        r.lighthouse!.pages.map((p) => {
          const tbt = median(p.runs.map((x) => x.tbt));
          return [
            p.name,
            `${median(p.runs.map((x) => x.score))} (${p.runs.map((x) => x.score).join(", ")})`,
            ms(tbt),
            p.name === "bare framework page" || bareTbt === undefined ? "—" : `${tbt - bareTbt >= 0 ? "+" : "−"}${ms(Math.abs(tbt - bareTbt))}`,
            ms(median(p.runs.map((x) => x.lcp))),
            ms(median(p.runs.map((x) => x.fcp))),
            `${num(median(p.runs.map((x) => x.cls)), 3)} (${num(Math.max(...p.runs.map((x) => x.cls)), 3)})`,
            [...new Set(p.runs.flatMap((x) => [...x.warnings, ...(x.error ? [x.error] : [])]))].join("; ").replace(/\|/g, "/") || "—",
          ];
        }),
      ),
    );
    out.push("");
  }
  out.push(
    "Lighthouse's default mobile run (simulated slow 4G, 4× CPU), performance category only, each page three times round robin in a fresh Chromium; the table gives medians. The bare framework page is served and measured in the same run.\n",
  );

  // Method.
  out.push(`## How it is measured

- **Content.** \`scripts/bench/synthetic.ts\` writes a content root in the system's temp folder (never content/): the 44 real records, then copies of them in rounds until the count is reached. A copy has a new slug and English name (the real name plus a made-up word, unique after folding), the same suffix on its French/Spanish and former names, and its country lists shuffled by one random one-to-one mapping of the real content's country codes per copy (lists keep their sizes, roles stay disjoint, chairs stay in their lists; codes reached through a group stay put). Sources, themes, organisations and groups are kept; predecessor/successor links stay mutual within a round. Every root passes \`scripts/validate.ts\` (the bench stops if not). The 44-record run uses a copy of the real content, so no run has git history: pages show no "last edited" dates and the data changelog is empty, as in a build from a tarball.
- **Where it builds.** With \`output: "export"\`, this Next keeps its build artifacts in \`.next\` whatever \`distDir\` says (\`getBuildDistDir\` in next/dist/export/utils.js) and locks it, so a build in the project would write and wipe the \`.next\` that others use. The bench builds a copy of the site taken at its start (\`out-bench-work/\`: src/, public/, scripts/, configs; node_modules linked), with its own \`.next\` and its export in \`out-bench-work/out-bench-<records>/\`. One line of the copy differs: Tailwind's source detection is pointed at the project root, so that the copy's stylesheet is the project's own (byte-identical) rather than one scanned from node_modules through the link.
- **Sizes.** Every HTML file of the export is gzipped (level 9) with every \`<script src>\` and \`<link rel=stylesheet>\` it names. "out/ size" includes the preview images.
- **Build memory.** Summed resident set of the command's process tree, sampled every 100 ms from /proc; the images step also prints its own estimate (main + the two largest workers), quoted in the build-phase table.
- **Lighthouse and compression.** \`scripts/serve.mjs\` compresses text as static hosts and CDNs do (brotli when the browser accepts it, else gzip), so Lighthouse's simulated slow 4G moves compressed bytes, as it would from a real host. The bare framework page is served by the same server.
- **Export.** \`npm run build\` (and the bench) removes Next's flight data (\`index.txt\`, \`__next.*.txt\`) after \`next build\`: \`scripts/prune-export.mjs\` says why. "out/ size" is the export as deployed.
- **Shared machine.** Before each timed phase the bench waits (at most two minutes) for the other users' load to drop below 0.4 cores, then records what they used during the phase. Times taken while others used a core or more are inflated and say so in the tables.
`);

  out.push(`${MARK}\n${JSON.stringify(data).replace(/--/g, "-\\u002d")}\n-->\n`);
  return out.join("\n");
}
