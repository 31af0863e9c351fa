/**
 * After `next build`: every page's 1200×630 preview image (src/lib/ogCards.ts) as a real .png file
 * in the export, at `ogImagePath(kind, id, locale)`.
 *
 * Flat memory: this process only computes the cards and their hashes; child processes
 * (scripts/og-worker.ts) draw them, OG_BATCH_SIZE cards each and MAX_WORKERS at a time, and exit
 * after their batch. Images are drawn into a cache named by each card's hash (spec, renderer
 * version, fonts) and copied from there, file to file: a card drawn before, by this build or by a
 * variant build (out-basepath/: the images do not depend on the base path), is not drawn again.
 *
 *   NEXT_DIST_DIR  the export (default out)   CONTENT_ROOT  the content (default .)
 *   OG_CACHE_DIR   the cache (default .cache/og)
 */
import { fork } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadContentFrom } from "../src/lib/content/load";
import { ContentValidationError } from "../src/lib/content/problems";
import { ogCards, type OgCard } from "../src/lib/ogCards";
import { batches, cardHash, fontFingerprint } from "../src/lib/ogImage";
import { buildSiteData } from "../src/lib/siteData";
import type { WorkerJob, WorkerReply, WorkerRequest } from "./og-worker";

const MAX_WORKERS = 2;
const WORKER = path.join(import.meta.dirname, "og-worker.ts");
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

const started = performance.now();
const outDir = process.env.NEXT_DIST_DIR || "out";
const contentRoot = process.env.CONTENT_ROOT ?? process.cwd();
const cacheDir = path.resolve(process.env.OG_CACHE_DIR ?? path.join(process.cwd(), ".cache/og"));
const cached = (hash: string) => path.join(cacheDir, `${hash}.png`);
/** A folder as the log shows it: relative when it is inside the project. */
const shown = (dir: string) => (path.relative(process.cwd(), dir).startsWith("..") ? dir : path.relative(process.cwd(), dir) || ".");

let cards: OgCard[];
try {
  cards = ogCards(buildSiteData(loadContentFrom(contentRoot)));
} catch (error) {
  if (!(error instanceof ContentValidationError)) throw error;
  console.error(error.message);
  process.exit(1);
}

const fingerprint = fontFingerprint();
const jobs: WorkerJob[] = cards.map((card) => ({ card, hash: cardHash(card, fingerprint) }));
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
// At most MAX_WORKERS run at once: the peak is at most this process's plus the largest of theirs.
const topWorkersKb = [...workerPeaksKb].sort((a, b) => b - a).slice(0, MAX_WORKERS);
const peakKb = mainKb + topWorkersKb.reduce((sum, kb) => sum + kb, 0);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Wrote ${jobs.length} preview images into ${path.join(outDir, "og")}/ in ${seconds} s: drew ${toDraw.length} in ${workerPeaksKb.length} batch${workerPeaksKb.length === 1 ? "" : "es"}, ` +
    `${jobs.length - toDraw.length} from ${shown(cacheDir)}/; ` +
    `peak RSS ≤ ${mb(peakKb)} MB (main ${mb(mainKb)} MB${topWorkersKb.length ? ` + ${topWorkersKb.length} worker${topWorkersKb.length === 1 ? "" : "s"} ≤ ${mb(topWorkersKb[0])} MB each` : ""})`,
);

/** Draws every batch in a worker of its own, MAX_WORKERS at a time; resolves to each worker's peak RSS (KB). */
async function drawAll(runs: WorkerJob[][]): Promise<number[]> {
  const peaks: number[] = [];
  const running = new Set<ReturnType<typeof fork>>();
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

function drawBatch(jobsOfRun: WorkerJob[], running: Set<ReturnType<typeof fork>>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { execArgv: ["--import", TSX_LOADER], stdio: ["ignore", "inherit", "inherit", "ipc"] });
    running.add(child);
    let reply: WorkerReply | undefined;
    child.on("message", (message: WorkerReply) => (reply = message));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      running.delete(child);
      if (reply?.type === "done" && code === 0) resolve(reply.maxRssKb);
      else if (reply?.type === "error") reject(new Error(`Could not draw the preview image ${reply.path ?? ""}:\n${reply.message}`));
      else reject(new Error(`A preview-image worker stopped (${signal ?? `exit code ${code}`}) before finishing its batch.`));
    });
    child.send({ cacheDir, jobs: jobsOfRun } satisfies WorkerRequest);
  });
}
