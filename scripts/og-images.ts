/**
 * After `next build`: every page's 1200×630 preview image (src/lib/ogCards.ts) as a real .png file
 * in the export, at `ogImagePath(kind, id, locale)`.
 *
 * Flat memory: a first child process (scripts/og-plan.ts) loads the content, computes every card
 * and its hash, writes them to a file and exits; this process only reads that list; then child
 * processes (scripts/og-worker.ts) draw the cards, OG_BATCH_SIZE each and MAX_WORKERS at a time,
 * and exit after their batch. Nothing that grows with the dataset is held while images are drawn.
 * Images are drawn into a cache named by each card's hash (spec, renderer version, fonts) and
 * copied from there, file to file: a card drawn before, by this build or by a
 * variant build (out-basepath/: the images do not depend on the base path), is not drawn again.
 *
 *   NEXT_DIST_DIR  the export (default out)   CONTENT_ROOT  the content (default .)
 *   OG_CACHE_DIR   the cache (default .cache/og)
 */
import { fork } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { batches } from "../src/lib/ogImage";
import type { PlanReply, PlanRequest } from "./og-plan";
import type { WorkerJob, WorkerReply, WorkerRequest } from "./og-worker";

const MAX_WORKERS = 2;
const WORKER = path.join(import.meta.dirname, "og-worker.ts");
const PLANNER = path.join(import.meta.dirname, "og-plan.ts");
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

const started = performance.now();
const outDir = process.env.NEXT_DIST_DIR || "out";
const contentRoot = process.env.CONTENT_ROOT ?? process.cwd();
const cacheDir = path.resolve(process.env.OG_CACHE_DIR ?? path.join(process.cwd(), ".cache/og"));
const cached = (hash: string) => path.join(cacheDir, `${hash}.png`);
/** A folder as the log shows it: relative when it is inside the project. */
const shown = (dir: string) => (path.relative(process.cwd(), dir).startsWith("..") ? dir : path.relative(process.cwd(), dir) || ".");

const plan = await planCards();
const jobs: WorkerJob[] = plan.jobs;
const toDraw = [...new Map(jobs.filter((job) => !existsSync(cached(job.hash))).map((job) => [job.hash, job])).values()];
mkdirSync(cacheDir, { recursive: true });

const workerPeaksKb = await drawAll(batches(toDraw));

for (const { card, hash } of jobs) {
  const file = path.join(outDir, card.path);
  mkdirSync(path.dirname(file), { recursive: true });
  copyFileSync(cached(hash), file);
}

const mb = (kb: number) => Math.round(kb / 1024);
const mainKb = process.resourceUsage().maxRSS;
// The plan runs alone, then at most MAX_WORKERS at once: the peak is at most this process's plus
// the larger of the planner's and the largest workers' together.
const topWorkersKb = [...workerPeaksKb].sort((a, b) => b - a).slice(0, MAX_WORKERS);
const peakKb = mainKb + Math.max(plan.maxRssKb, topWorkersKb.reduce((sum, kb) => sum + kb, 0));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Wrote ${jobs.length} preview images into ${path.join(outDir, "og")}/ in ${seconds} s: drew ${toDraw.length} in ${workerPeaksKb.length} batch${workerPeaksKb.length === 1 ? "" : "es"}, ` +
    `${jobs.length - toDraw.length} from ${shown(cacheDir)}/; ` +
    `peak RSS ≤ ${mb(peakKb)} MB (main ${mb(mainKb)} MB, plan ${mb(plan.maxRssKb)} MB${topWorkersKb.length ? ` + ${topWorkersKb.length} worker${topWorkersKb.length === 1 ? "" : "s"} ≤ ${mb(topWorkersKb[0])} MB each` : ""})`,
);

type Child = ReturnType<typeof fork>;

/**
 * Runs one child script with the TypeScript loader: sends it `request`, resolves to its reply once
 * it exits with a "done" reply, rejects with `failed(reply)` for an "error" reply, or with `stopped`
 * when it exits without one. `running` tracks it, so a failure elsewhere can stop it.
 */
function runChild<Reply extends { type: "done" | "error" }>(
  script: string,
  request: object,
  describe: { failed: (reply: Reply & { type: "error" }) => Error; stopped: string },
  running?: Set<Child>,
): Promise<Reply & { type: "done" }> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [], { execArgv: ["--import", TSX_LOADER], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    running?.add(child);
    let reply: Reply | undefined;
    child.on("message", (message: Reply) => (reply = message));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running?.delete(child);
      if (reply?.type === "done" && code === 0) resolve(reply as Reply & { type: "done" });
      else if (reply?.type === "error") reject(describe.failed(reply as Reply & { type: "error" }));
      else reject(new Error(`${describe.stopped} (${signal ?? `exit code ${code}`}).`));
    });
    child.send(request);
  });
}

/** The cards and their hashes, from a child process that holds the content only while it computes them. */
async function planCards(): Promise<{ jobs: WorkerJob[]; maxRssKb: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), "rcp-og-plan-"));
  const file = path.join(dir, "plan.json");
  try {
    const reply = await runChild<PlanReply>(PLANNER, { contentRoot, file } satisfies PlanRequest, {
      failed: (r) => new Error(r.invalidContent ? r.message : `Could not plan the preview images:\n${r.message}`),
      stopped: "The preview-image plan stopped before finishing",
    });
    return { jobs: JSON.parse(readFileSync(file, "utf8")) as WorkerJob[], maxRssKb: reply.maxRssKb };
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Draws every batch in a worker of its own, MAX_WORKERS at a time; resolves to each worker's peak RSS (KB). */
async function drawAll(runs: WorkerJob[][]): Promise<number[]> {
  const peaks: number[] = [];
  const running = new Set<Child>();
  let next = 0;
  const lane = async () => {
    while (next < runs.length) {
      const jobsOfRun = runs[next++];
      peaks.push(await drawBatch(jobsOfRun, running));
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(MAX_WORKERS, runs.length) }, lane));
  } catch (error) {
    for (const child of running) child.kill();
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  return peaks;
}

async function drawBatch(jobsOfRun: WorkerJob[], running: Set<Child>): Promise<number> {
  const reply = await runChild<WorkerReply>(
    WORKER,
    { cacheDir, jobs: jobsOfRun } satisfies WorkerRequest,
    {
      failed: (r) => new Error(`Could not draw the preview image ${r.path ?? ""}:\n${r.message}`),
      stopped: "A preview-image worker stopped before finishing its batch",
    },
    running,
  );
  return reply.maxRssKb;
}
