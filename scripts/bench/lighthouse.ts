/**
 * Lighthouse (mobile, its default: simulated slow 4G and 4× CPU) for a list of URLs, `runs` times
 * each, round robin (so that a busy moment of the machine spreads over every page instead of
 * falling on one), each run in a fresh Chromium launched by chrome-launcher from CHROMIUM_PATH.
 * Works offline: everything it loads is the local server's.
 */
import * as chromeLauncher from "chrome-launcher";
import { CHROMIUM_ARGS } from "../chromium";
import lighthouse from "lighthouse";
import { CHROMIUM_PATH } from "./interactions";

export interface LighthouseRun {
  score: number;
  tbt: number;
  lcp: number;
  cls: number;
  fcp: number;
  si: number;
  warnings: string[];
  error?: string;
}

export interface LighthouseResult {
  name: string;
  url: string;
  runs: LighthouseRun[];
}

const FLAGS = ["--headless=new", ...CHROMIUM_ARGS.filter((a) => a !== "--headless")];

async function once(url: string): Promise<LighthouseRun> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    if (!result) throw new Error("Lighthouse returned nothing");
    const { lhr } = result;
    const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance.score ?? Number.NaN) * 100),
      tbt: value("total-blocking-time"),
      lcp: value("largest-contentful-paint"),
      cls: value("cumulative-layout-shift"),
      fcp: value("first-contentful-paint"),
      si: value("speed-index"),
      warnings: lhr.runWarnings ?? [],
      error: lhr.runtimeError?.message,
    };
  } finally {
    await chrome.kill();
  }
}

export async function runLighthouse(pages: { name: string; url: string }[], runs: number): Promise<LighthouseResult[]> {
  const results = pages.map((p) => ({ ...p, runs: [] as LighthouseRun[] }));
  for (let r = 0; r < runs; r++) {
    for (const result of results) result.runs.push(await once(result.url));
  }
  return results;
}

export const lighthouseVersion = async () => {
  const { createRequire } = await import("node:module");
  return (createRequire(import.meta.url)("lighthouse/package.json") as { version: string }).version;
};
