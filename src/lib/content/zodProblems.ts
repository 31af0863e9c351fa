/** Turns zod issues into content problems with plain-language messages. */
import type { z } from "zod";
import type { FieldPath, ProblemSink } from "./problems";

export function reportZodIssues(
  sink: ProblemSink,
  file: string,
  issues: readonly z.core.$ZodIssue[],
  locate: (path: FieldPath) => number | undefined,
  knownKeys: (path: FieldPath) => readonly string[] = () => [],
  prefix: FieldPath = [],
): void {
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const suggestion = closest(key, knownKeys(path));
        const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
        sink.report(file, [...path, key], `unknown field${hint}`, locate);
      }
      continue;
    }
    sink.report(file, path, plainMessage(issue), locate);
  }
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined$/.test(issue.message)) return "required field is missing";
  if (issue.code === "invalid_value") return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
  return issue.message.replace(/^Invalid input: /, "");
}

/** The known key nearest to a misspelt one, if it is near enough to be a typo. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[b.length];
}
