/**
 * The preview-image plan, in a child process of scripts/og-images.ts: loads the content, builds
 * every page's card and its hash, writes them as JSON to the file it is given, reports its peak RSS
 * and exits — so the memory that holding the whole dataset takes is returned before any image is
 * drawn, and the drawing step's peak does not grow with the records. Not meant to be run by hand.
 */
import { writeFileSync } from "node:fs";
import { loadContentFrom } from "../src/lib/content/load";
import { ContentValidationError } from "../src/lib/content/problems";
import { ogCards } from "../src/lib/ogCards";
import { cardHash, fontFingerprint } from "../src/lib/ogImage";
import { buildSiteData } from "../src/lib/siteData";
import type { WorkerJob } from "./og-worker";

export interface PlanRequest {
  contentRoot: string;
  file: string;
}
export type PlanReply = { type: "done"; cards: number; maxRssKb: number } | { type: "error"; message: string; invalidContent: boolean };

const send = (reply: PlanReply, code: number) => process.send!(reply, () => process.exit(code));

if (!process.send) {
  console.error("og-plan.ts is started by scripts/og-images.ts");
  process.exit(2);
}

process.once("message", ({ contentRoot, file }: PlanRequest) => {
  try {
    const fingerprint = fontFingerprint();
    const jobs: WorkerJob[] = ogCards(buildSiteData(loadContentFrom(contentRoot))).map((card) => ({ card, hash: cardHash(card, fingerprint) }));
    writeFileSync(file, JSON.stringify(jobs));
    send({ type: "done", cards: jobs.length, maxRssKb: process.resourceUsage().maxRSS }, 0);
  } catch (error) {
    const invalidContent = error instanceof ContentValidationError;
    send({ type: "error", invalidContent, message: invalidContent ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error) }, 1);
  }
});
