/** When content files last changed, from one `git log` over content/ (not one call per file). */
import { execFileSync } from "node:child_process";

/** File (relative to the repository root, e.g. content/processes/midsa.md) → YYYY-MM-DD of its last commit. */
export function lastCommitDates(root: string, dir = "content"): Map<string, string> {
  const dates = new Map<string, string>();
  let out: string;
  try {
    out = execFileSync("git", ["log", "--format=%x00%cs", "--name-only", "--", dir], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return dates; // not a git checkout (a fixture, an export tarball): no dates
  }
  let date = "";
  for (const line of out.split("\n")) {
    if (line.startsWith("\0")) date = line.slice(1);
    else if (line && !dates.has(line)) dates.set(line, date); // newest commit first: the first date seen is the last change
  }
  return dates;
}
