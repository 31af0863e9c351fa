/**
 * Content problems: every problem in every file is collected, then reported together in the form
 * CONTRACTS.md fixes: `<file>:<line>: <field.path>: <message>`, then a count. Each problem carries
 * the name of its entry in the error catalogue (./errors.ts).
 */
import { decodeError, ERRORS, type ErrorName } from "./errors";

export interface ContentProblem {
  /** Path relative to the content root's parent, e.g. `content/processes/midsa.md`. */
  file: string;
  line?: number;
  /** Dotted field path, e.g. `members.3` or `sources.0.id`; empty for a whole-file problem. */
  field: string;
  message: string;
  /** The catalogue entry; undefined only for a message no entry produced. */
  error?: ErrorName;
}

export type FieldPath = readonly (string | number)[];
export type Locate = (path: FieldPath) => number | undefined;

export function formatField(path: FieldPath): string {
  return path.map(String).join(".");
}

export function formatProblem(problem: ContentProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where}: ${problem.field}: ${problem.message}` : `${where}: ${problem.message}`;
}

export function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message);
}

/** Every problem, one per line, then the count; then one hint per kind of error found. */
export function formatReport(problems: readonly ContentProblem[]): string {
  const lines = [...problems].sort(compareProblems).map(formatProblem);
  const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
  const names = [...new Set(problems.map((p) => p.error).filter((n): n is ErrorName => Boolean(n)))].sort();
  const hints = names.map((name) => `  ${ERRORS[name].title}: ${ERRORS[name].hint}`);
  return [...lines, `${count} found in content/.`, ...(hints.length ? ["", "How to fix them:", ...hints] : [])].join("\n");
}

/** Thrown by the loader when content is invalid; carries every problem found. */
export class ContentValidationError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatReport(problems));
    this.name = "ContentValidationError";
  }
}

/** Collects the problems of a whole load. Messages come from `fail()`, which carries the error's name. */
export class ProblemSink {
  readonly problems: ContentProblem[] = [];

  report(file: string, path: FieldPath, encodedMessage: string, locate?: Locate, line?: number): void {
    const { name, message } = decodeError(encodedMessage);
    this.problems.push({ file, line: line ?? locate?.(path), field: formatField(path), message, error: name });
  }

  get count(): number {
    return this.problems.length;
  }
}
