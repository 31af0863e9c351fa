/**
 * Content problems: every problem in every file is collected, then reported together in the form
 * CONTRACTS.md fixes: `<file>:<line>: <field.path>: <message>`.
 */

export interface ContentProblem {
  /** Path relative to the project root, e.g. `content/processes/midsa.md`. */
  file: string;
  line?: number;
  /** Dotted field path, e.g. `members.3` or `sources.0.id`; empty for a whole-file problem. */
  field: string;
  message: string;
}

export type FieldPath = readonly (string | number)[];

export function formatField(path: FieldPath): string {
  return path.map(String).join(".");
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export function formatReport(problems: readonly ContentProblem[]): string {
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  return [...lines, `${count} found in content/.`].join("\n");
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field);
}

/** Thrown by the loader when content is invalid; carries every problem found. */
export class ContentValidationError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.name = "ContentValidationError";
  }
}

/** Collects problems for one file, finding each field's line in the file when it can. */
export class ProblemSink {
  readonly problems: ContentProblem[] = [];

  report(file: string, path: FieldPath, message: string, locate?: (path: FieldPath) => number | undefined): void {
    this.problems.push({ file, line: locate?.(path), field: formatField(path), message });
  }
}
