/**
 * `npm run bench -- --records 1000`: grows the data and measures the site at that size.
 *
 * Writes valid synthetic records into a temporary content root (scripts/bench/synthetic.ts; 44, the
 * default, is the real content alone), validates, builds and draws the preview images in the
 * bench's own copy of the site (scripts/bench/workspace.ts: never the project's .next or out/),
 * then measures the export: build time and memory, out/ size, every page type's HTML and
 * JavaScript, the explorer's and search's indexes, explorer clicks and keystrokes in Chromium at 4×
 * CPU throttling, and Lighthouse. Results go to reports/bench.md, which keeps the figures of the
 * counts measured before, so that the growth from 44 to 1,000 records is stated there.
 *
 *   --records 44,200,500,1000   record counts, run one after the other (default 44)
 *   --runs 3                    interaction runs per count (each 20 clicks + 20 keystrokes)
 *   --lighthouse-runs 3         Lighthouse runs per page
 *   --no-lighthouse / --no-browser   skip those measurements
 *   --validate-runs 3           validate is timed this many times (the median is reported)
 *   --no-wait                   do not wait for the machine to be quiet before timed phases
 *   --keep                      keep the exports, the bench's copy of the site and the content roots
 *   --browser-only              measure the interactions and Lighthouse again on the exports a
 *                               --keep run left (out-bench-work/out-bench-<records>/), nothing else
 *   --fresh                     forget the figures of earlier invocations
 *
 * Times are figures, never pass/fail: the bench exits 0 whatever the numbers.
 */
import { execFileSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { buildBarePage } from "./bench/bare";
import { lighthouseVersion } from "./bench/lighthouse";
import { CHROMIUM_PATH } from "./bench/interactions";
import { readData, renderReport, type StoredRun } from "./bench/report";
import { measureBrowser, runOnce, type Options } from "./bench/run";
import { measureExport } from "./bench/sizes";
import { removeWorkspace, takeWorkspace } from "./bench/workspace";

const projectRoot = process.cwd();
const REPORT = path.join(projectRoot, "reports/bench.md");

function parseArgs(argv: string[]): { records: number[]; options: Options; fresh: boolean; browserOnly: boolean } {
  const records: number[] = [];
  const options: Options = { runs: 3, lighthouseRuns: 3, lighthouse: true, browser: true, keep: false, validateRuns: 3, quietMs: 120_000 };
  let fresh = false;
  let browserOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--records":
        records.push(...value().split(",").map((v) => Number(v.trim())));
        break;
      case "--runs":
        options.runs = Number(value());
        break;
      case "--lighthouse-runs":
        options.lighthouseRuns = Number(value());
        break;
      case "--validate-runs":
        options.validateRuns = Number(value());
        break;
      case "--no-lighthouse":
        options.lighthouse = false;
        break;
      case "--no-browser":
        options.browser = false;
        break;
      case "--no-wait":
        options.quietMs = 0;
        break;
      case "--keep":
        options.keep = true;
        break;
      case "--fresh":
        fresh = true;
        break;
      case "--browser-only":
        browserOnly = true;
        break;
      default:
        console.error(`Unknown option ${argv[i]}. Usage: npm run bench -- --records 44,200,500,1000 [--runs 3] [--lighthouse-runs 3] [--no-lighthouse] [--no-browser] [--no-wait] [--keep] [--fresh]`);
        process.exit(2);
    }
  }
  if (!records.length) records.push(44);
  for (const n of records) {
    if (!Number.isInteger(n) || n < 1) {
      console.error(`Not a record count: ${n}`);
      process.exit(2);
    }
  }
  if (options.runs < 1 || options.lighthouseRuns < 1 || options.validateRuns < 1) {
    console.error("--runs, --lighthouse-runs and --validate-runs must be at least 1");
    process.exit(2);
  }
  return { records, options, fresh, browserOnly };
}

const { records, options, fresh, browserOnly } = parseArgs(process.argv.slice(2));
const started = performance.now();
const startedAt = new Date().toISOString();
const chromium = (() => {
  try {
    return execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" }).trim();
  } catch {
    return "Chromium (version unknown)";
  }
})();
const environment = {
  node: process.version,
  chromium,
  lighthouse: options.lighthouse ? await lighthouseVersion() : undefined,
  cores: cpus().length,
  memoryGb: Math.round(totalmem() / 2 ** 30),
};

if (browserOnly) {
  await remeasureBrowser();
  process.exit(0);
}

/** --browser-only: the browser phases again on kept exports, their figures replacing the stored ones. */
async function remeasureBrowser() {
  const data = readData(REPORT);
  const workspaceDir = path.join(projectRoot, "out-bench-work");
  const bareOut = path.join(projectRoot, "out-bench-bare", "out-bare");
  if (!existsSync(bareOut)) {
    console.error("No kept bare page (out-bench-bare/out-bare): run the bench with --keep first.");
    process.exit(1);
  }
  for (const n of records) {
    const outDir = path.join(workspaceDir, `out-bench-${n}`);
    const stored = data.runs.find((r) => r.records === n);
    if (!stored || !existsSync(outDir)) {
      console.error(`No kept export or stored figures for ${n} records: skipped.`);
      continue;
    }
    Object.assign(stored, await measureBrowser(outDir, workspaceDir, bareOut, options));
    writeFileSync(REPORT, renderReport(data));
    console.log(`[bench] ${n} records: browser phases measured again; reports/bench.md updated`);
  }
}

const ws = takeWorkspace(projectRoot, path.join(projectRoot, "out-bench-work"));
const bareDir = path.join(projectRoot, "out-bench-bare");
console.log(`[bench] copied the site (${ws.commit}${ws.dirty.length ? ` + ${ws.dirty.length} uncommitted` : ""}) into ${path.relative(projectRoot, ws.dir)}/; building the bare framework page`);
let exitCode = 0;
try {
  mkdirSync(path.join(projectRoot, "reports"), { recursive: true });
  const bare = await buildBarePage(bareDir, projectRoot, path.join(tmpdir(), "rcp-bench-bare.log"));
  const bareSizes = measureExport(bare.outDir);
  const bareHome = bareSizes.types.find((t) => t.type === "home");
  const bareSummary = { sizes: { floor: bareSizes.floor, htmlPages: bareSizes.htmlPages }, htmlGz: bareHome?.rep.htmlGz ?? 0, jsGz: bareHome?.rep.jsGz ?? 0 };

  const data = fresh ? { version: 1 as const, runs: [], invocations: [] } : readData(REPORT);
  for (const n of records) {
    const result = await runOnce(n, ws, bare, options);
    // Stored without the per-page script lists (the report needs only the sums).
    const sizes = { ...result.sizes, types: result.sizes.types.map((t) => ({ ...t, rep: { ...t.rep, scripts: [], styles: [] } })) };
    const stored: StoredRun = { ...result, sizes, workspace: { commit: ws.commit, dirty: ws.dirty, takenAt: ws.takenAt }, bare: bareSummary, environment };
    data.runs = [...data.runs.filter((r) => r.records !== n), stored];
    writeFileSync(REPORT, renderReport(data));
    console.log(`[bench] ${n} records done in ${(result.totalMs / 1000).toFixed(0)} s; reports/bench.md updated`);
  }
  data.invocations = [...data.invocations, { startedAt, records, ms: performance.now() - started }].slice(-10);
  writeFileSync(REPORT, renderReport(data));
  console.log(`[bench] all done in ${((performance.now() - started) / 60000).toFixed(1)} min: reports/bench.md`);
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (!options.keep) {
    removeWorkspace(ws);
    rmSync(bareDir, { recursive: true, force: true });
  }
}
process.exit(exitCode);
