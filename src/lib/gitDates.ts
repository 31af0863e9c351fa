/** Dates from git: when a record file last changed, and the dataset's version (last change under content/). */
import { execFileSync } from "node:child_process";

function lastCommitDate(path: string): string | undefined {
  try {
    const out = execFileSync("git", ["log", "-1", "--format=%cs", "--", path], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    return out || undefined;
  } catch {
    return undefined;
  }
}

const cache = new Map<string, string | undefined>();

/** YYYY-MM-DD of the last commit touching `path`, or undefined outside git or for an uncommitted file. */
export function lastUpdated(path: string): string | undefined {
  if (!cache.has(path)) cache.set(path, lastCommitDate(path));
  return cache.get(path);
}

/** The dataset version: the date content/ last changed in git, else today's date (a build outside git). */
export function datasetVersion(): string {
  return lastUpdated("content") ?? new Date().toISOString().slice(0, 10);
}
