/**
 * Fixture projects: tests/fixtures/<case>/processes holds the record files of one case (and
 * tests/fixtures/<case>/registries, where the case is about a registry, the registry files it
 * replaces). The rest is the project's real content/registries/. Each fixture is copied into a temp
 * directory, which is removed again: by `loadFixture`/`problemsOf` at once, by `removeFixtureRoots()`
 * (call it in afterEach) for roots a test keeps, and when the process exits for any left over.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Content, loadContentFrom } from "@/lib/content/load";
import { compareProblems, ContentValidationError, formatProblem, type ContentProblem } from "@/lib/content/problems";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const FIXTURES = path.join(PROJECT_ROOT, "tests/fixtures");

/** Validation runs as of this date, so that "after today" does not depend on when tests run. */
export const TODAY = "2026-12-01";

const roots = new Set<string>();
process.once("exit", removeFixtureRoots);

/** A temp project holding fixture `name`; `prepare` may change it before it is used. */
export function fixtureRoot(name: string, prepare?: (root: string) => void): string {
  const fixture = path.join(FIXTURES, name);
  if (!existsSync(fixture)) throw new Error(`no fixture tests/fixtures/${name}`);
  const root = mkdtempSync(path.join(tmpdir(), `rcp-${name}-`));
  roots.add(root);
  cpSync(path.join(PROJECT_ROOT, "content/registries"), path.join(root, "content/registries"), { recursive: true });
  cpSync(path.join(fixture, "processes"), path.join(root, "content/processes"), { recursive: true });
  if (existsSync(path.join(fixture, "registries"))) {
    for (const file of readdirSync(path.join(fixture, "registries"))) {
      cpSync(path.join(fixture, "registries", file), path.join(root, "content/registries", file));
    }
  }
  prepare?.(root);
  return root;
}

/** Removes every temp project made so far. */
export function removeFixtureRoots(): void {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots.clear();
}

function removeRoot(root: string): void {
  rmSync(root, { recursive: true, force: true });
  roots.delete(root);
}

export type LoadResult = { ok: true; content: Content } | { ok: false; problems: ContentProblem[]; report: string };

/** Loads a fixture (as of TODAY) and removes its temp project again. */
export function loadFixture(name: string, prepare?: (root: string) => void): LoadResult {
  const root = fixtureRoot(name, prepare);
  try {
    return { ok: true, content: loadContentFrom(root, { today: TODAY }) };
  } catch (error) {
    if (error instanceof ContentValidationError) return { ok: false, problems: [...error.problems].sort(compareProblems), report: error.message };
    throw error;
  } finally {
    removeRoot(root);
  }
}

/** The content of a fixture that must load. */
export function contentOf(name: string, prepare?: (root: string) => void): Content {
  const result = loadFixture(name, prepare);
  if (!result.ok) throw new Error(`fixture "${name}" has problems:\n${result.report}`);
  return result.content;
}

/** The problems of a fixture that must fail, in report order. */
export function problemsOf(name: string, prepare?: (root: string) => void): ContentProblem[] {
  const result = loadFixture(name, prepare);
  if (result.ok) throw new Error(`fixture "${name}" loaded without problems`);
  return result.problems;
}

/** Each problem as [catalogue name, report line]: what a case asserts. */
export function namedLines(problems: readonly ContentProblem[]): [string | undefined, string][] {
  return problems.map((p) => [p.error, formatProblem(p)]);
}

/** The report lines of a fixture that must fail (without the count and hints). */
export function problemLines(name: string, prepare?: (root: string) => void): string[] {
  return problemsOf(name, prepare).map(formatProblem);
}
