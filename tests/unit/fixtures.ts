/**
 * Fixture projects: tests/fixtures/<case>/ holds the record files of one case (and, where the case is
 * about a registry, the registry files it replaces). The rest is the project's real registries.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadContentFrom } from "@/lib/content/load";
import { ContentValidationError } from "@/lib/content/problems";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

export function fixtureRoot(name: string): string {
  const root = mkdtempSync(path.join(tmpdir(), `rcp-${name}-`));
  const fixture = path.join(PROJECT_ROOT, "tests/fixtures", name);
  cpSync(path.join(PROJECT_ROOT, "content/registries"), path.join(root, "content/registries"), { recursive: true });
  cpSync(path.join(fixture, "processes"), path.join(root, "content/processes"), { recursive: true });
  if (existsSync(path.join(fixture, "registries"))) {
    for (const file of readdirSync(path.join(fixture, "registries"))) {
      cpSync(path.join(fixture, "registries", file), path.join(root, "content/registries", file));
    }
  }
  return root;
}

/** The report lines of a fixture that must fail (without the closing count line). */
export async function problemLines(name: string, prepare?: (root: string) => void): Promise<string[]> {
  const root = fixtureRoot(name);
  prepare?.(root);
  try {
    await loadContentFrom(root);
  } catch (error) {
    if (error instanceof ContentValidationError) return error.message.split("\n").slice(0, -1);
    throw error;
  }
  throw new Error(`fixture "${name}" loaded without problems`);
}
