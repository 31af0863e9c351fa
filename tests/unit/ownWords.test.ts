/**
 * Descriptions are written in our own words: no run of fifteen words in a record body may stand in a
 * source document. Needs the sources beside the repository (../shared/seeds, as in CI).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./fixtures";

const SEEDS = path.resolve(PROJECT_ROOT, process.env.SEEDS_DIR ?? "../shared/seeds");
const RUN = 15;

const words = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/<[^>]+>/g, " ")
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

function runs(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + RUN <= tokens.length; i++) out.push(tokens.slice(i, i + RUN).join(" "));
  return out;
}

describe.skipIf(!existsSync(SEEDS))("record bodies are in our own words", () => {
  let sourceRuns: Set<string>;
  beforeAll(() => {
    sourceRuns = new Set(
      readdirSync(SEEDS)
        .filter((f) => /^\d{3}_.*\.txt$/.test(f))
        .flatMap((f) => runs(words(readFileSync(path.join(SEEDS, f), "utf8")))),
    );
  });

  it.each(readdirSync(path.join(PROJECT_ROOT, "content/processes")))("%s copies no run of fifteen words from a source", (file) => {
    const text = readFileSync(path.join(PROJECT_ROOT, "content/processes", file), "utf8");
    const body = text.slice(text.indexOf("\n---", 3) + 4);
    const copied = runs(words(body)).filter((run) => sourceRuns.has(run));
    expect(copied).toEqual([]);
  });
});
