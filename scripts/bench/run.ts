/**
 * One bench run at one record count: synthetic content → validate → next build → preview images →
 * sizes → explorer interactions → Lighthouse. Everything is built in the bench workspace (see
 * workspace.ts), never in the project's .next or out/.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { measureInteractions, type InteractionRun } from "./interactions";
import { runLighthouse, type LighthouseResult } from "./lighthouse";
import { foreignLoad, runMeasured, waitForQuiet, type Measured } from "./proc";
import { serve } from "./serve";
import { measureExport, type ExportSizes } from "./sizes";
import { writeSyntheticRoot } from "./synthetic";
import type { Workspace } from "./workspace";

export interface Options {
  runs: number;
  lighthouseRuns: number;
  lighthouse: boolean;
  browser: boolean;
  keep: boolean;
  validateRuns: number;
  /** Wait for the machine to be quiet (others' builds) before each timed phase, at most this long. */
  quietMs: number;
}

export interface Phase extends Measured {
  foreignCores: number;
  waitedMs: number;
}

export interface RunResult {
  records: number;
  measuredAt: string;
  generateMs: number;
  validate: Phase[];
  build: Phase;
  og: Phase & { summary: string };
  sizes: ExportSizes;
  interactions?: { runs: InteractionRun[]; foreignCores: number; throttle: number };
  lighthouse?: { pages: LighthouseResult[]; foreignCores: number };
  /** When the browser phases ran (later than the build when a kept export was measured again with --browser-only). */
  browserMeasuredAt?: string;
  totalMs: number;
}

export const LIGHTHOUSE_PAGES = [
  { name: "home", path: "/" },
  { name: "explorer", path: "/processes/" },
  { name: "profile", path: "/processes/budapest-process/" },
  { name: "country", path: "/countries/gha/" },
];

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function phase(label: string, quietMs: number, run: () => Promise<Measured>): Promise<Phase> {
  const waitedMs = quietMs > 0 ? await waitForQuiet(0.4, quietMs) : 0;
  const stop = foreignLoad();
  const measured = await run();
  const { foreignCores } = stop();
  log(`${label}: ${(measured.ms / 1000).toFixed(1)} s, peak ${(measured.peakTreeKb / 1024).toFixed(0)} MB (tree), others used ${foreignCores.toFixed(2)} cores${waitedMs > 2500 ? `, waited ${(waitedMs / 1000).toFixed(0)} s for quiet` : ""}`);
  if (measured.code !== 0) throw new Error(`${label} failed (exit ${measured.code}):\n${measured.tail}`);
  return { ...measured, foreignCores, waitedMs };
}

/** The browser phases alone (interactions, Lighthouse) on a built export: also used to measure kept exports again. */
export async function measureBrowser(outDir: string, workspaceDir: string, bareOutDir: string, options: Options): Promise<Pick<RunResult, "interactions" | "lighthouse" | "browserMeasuredAt">> {
  let interactions: RunResult["interactions"];
  let lighthouse: RunResult["lighthouse"];
  if (!options.browser && !options.lighthouse) return {};
  const serveScript = path.join(workspaceDir, "scripts/serve.mjs");
  const site = await serve(serveScript, outDir, workspaceDir);
  const barePage = await serve(serveScript, bareOutDir, workspaceDir);
  try {
    if (options.browser) {
      if (options.quietMs) await waitForQuiet(0.4, options.quietMs);
      const stop = foreignLoad();
      log(`explorer interactions: ${options.runs} runs of 20 clicks and 20 keystrokes at 4× CPU throttling`);
      const runs = await measureInteractions(site.url, { runs: options.runs, throttle: 4, count: 20 });
      interactions = { runs, foreignCores: stop().foreignCores, throttle: 4 };
      log(`interactions done, others used ${interactions.foreignCores.toFixed(2)} cores`);
    }
    if (options.lighthouse) {
      if (options.quietMs) await waitForQuiet(0.4, options.quietMs);
      const stop = foreignLoad();
      log(`Lighthouse: ${LIGHTHOUSE_PAGES.length} pages and the bare page, ${options.lighthouseRuns} runs each`);
      const pages = await runLighthouse([...LIGHTHOUSE_PAGES.map((p) => ({ name: p.name, url: `${site.url}${p.path}` })), { name: "bare framework page", url: `${barePage.url}/` }], options.lighthouseRuns);
      lighthouse = { pages, foreignCores: stop().foreignCores };
      log(`Lighthouse done, others used ${lighthouse.foreignCores.toFixed(2)} cores`);
    }
  } finally {
    await site.stop();
    await barePage.stop();
  }
  return { interactions, lighthouse, browserMeasuredAt: new Date().toISOString() };
}

export async function runOnce(records: number, ws: Workspace, bare: { outDir: string }, options: Options): Promise<RunResult> {
  const started = performance.now();
  const tmp = mkdtempSync(path.join(tmpdir(), `rcp-bench-${records}-`));
  const outName = `out-bench-${records}`;
  const outDir = path.join(ws.dir, outName);
  const logs = path.join(tmp, "logs");
  mkdirSync(logs, { recursive: true });
  try {
    log(`${records} records: generating content in ${tmp}/content`);
    const g0 = performance.now();
    writeSyntheticRoot(ws.projectRoot, tmp, records);
    const generateMs = performance.now() - g0;

    const npx = "npx";
    const env = { ...process.env, RCP_QUIET: "1", NEXT_TELEMETRY_DISABLED: "1", CONTENT_ROOT: tmp, NEXT_DIST_DIR: outName, BASE_PATH: "" };
    const validate: Phase[] = [];
    for (let i = 0; i < options.validateRuns; i++) {
      validate.push(await phase(`validate #${i + 1}`, i === 0 ? options.quietMs : 0, () => runMeasured(npx, ["tsx", "scripts/validate.ts", tmp], { cwd: ws.dir, env, log: path.join(logs, `validate-${i}.log`) })));
    }

    // A cold build: no .next (and its cache) from an earlier count, no earlier export.
    rmSync(path.join(ws.dir, ".next"), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    const build = await phase("next build", options.quietMs, () => runMeasured(npx, ["next", "build"], { cwd: ws.dir, env, log: path.join(logs, "build.log") }));

    // As `npm run build` does between the two: drop the flight data no page requests.
    await runMeasured(process.execPath, ["scripts/prune-export.mjs", outName], { cwd: ws.dir, env, log: path.join(logs, "prune.log") });
    const ogCache = path.join(tmp, "og-cache");
    const og = await phase("preview images", options.quietMs, () => runMeasured(npx, ["tsx", "scripts/og-images.ts"], { cwd: ws.dir, env: { ...env, OG_CACHE_DIR: ogCache }, log: path.join(logs, "og.log") }));
    const ogSummary = readFileSync(path.join(logs, "og.log"), "utf8").split("\n").find((l) => l.startsWith("Wrote ")) ?? "";

    log("measuring sizes");
    const sizes = measureExport(outDir);
    log(`${sizes.htmlPages} pages, ${(sizes.total.bytes / 1e6).toFixed(0)} MB in ${sizes.total.files} files`);

    const { interactions, lighthouse } = await measureBrowser(outDir, ws.dir, bare.outDir, options);
    return {
      records,
      measuredAt: new Date().toISOString(),
      generateMs,
      validate,
      build,
      og: { ...og, summary: ogSummary },
      sizes,
      interactions,
      lighthouse,
      browserMeasuredAt: new Date().toISOString(),
      totalMs: performance.now() - started,
    };
  } finally {
    if (!options.keep) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(tmp, { recursive: true, force: true });
    } else log(`kept ${outDir} and ${tmp}`);
  }
}
