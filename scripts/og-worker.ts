/**
 * One batch of preview images, in a child process of scripts/og-images.ts: receives the cards with
 * their hashes over IPC, draws each into the cache (`<cacheDir>/<hash>.png`) one at a time, reports
 * its peak RSS and exits, so that nothing resvg keeps outlives the batch. Not meant to be run by hand.
 */
import { renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { OgCard } from "../src/lib/ogCards";
import { renderCardPng } from "../src/lib/ogImage";

export interface WorkerJob {
  card: OgCard;
  hash: string;
}
export interface WorkerRequest {
  cacheDir: string;
  jobs: WorkerJob[];
}
export type WorkerReply = { type: "done"; drawn: number; maxRssKb: number } | { type: "error"; path?: string; message: string };

const send = (reply: WorkerReply, code: number) => process.send!(reply, () => process.exit(code));

if (!process.send) {
  console.error("og-worker.ts is started by scripts/og-images.ts");
  process.exit(2);
}

process.once("message", async ({ cacheDir, jobs }: WorkerRequest) => {
  let current: WorkerJob | undefined;
  try {
    for (current of jobs) {
      const target = path.join(cacheDir, `${current.hash}.png`);
      // Written beside, then renamed: a cache file is always a whole image.
      const partial = `${target}.${process.pid}.tmp`;
      writeFileSync(partial, await renderCardPng(current.card));
      renameSync(partial, target);
    }
    send({ type: "done", drawn: jobs.length, maxRssKb: process.resourceUsage().maxRSS }, 0);
  } catch (error) {
    send({ type: "error", path: current?.card.path, message: error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1);
  }
});
