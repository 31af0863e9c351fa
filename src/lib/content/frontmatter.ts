/**
 * Splitting a record into frontmatter and body. The first line must be exactly `---` and a later line
 * exactly `---` closes the frontmatter; every other form is refused at line 1. gray-matter only
 * splits: each of its languages is an engine that refuses, except YAML, which hands the raw text
 * back for the project's own parser. Nothing in a file is ever evaluated.
 */
import matter from "gray-matter";
import { ERRORS, fail } from "./errors";

export type Split =
  | { ok: true; yaml: string; body: string; bodyFirstLine: number }
  | { ok: false; line: number; message: string };

const refuse = () => {
  throw new Error("frontmatter language refused");
};
const SPLIT_ONLY = {
  yaml: { parse: () => ({}), stringify: refuse },
  js: { parse: refuse, stringify: refuse },
  javascript: { parse: refuse, stringify: refuse },
  json: { parse: refuse, stringify: refuse },
  toml: { parse: refuse, stringify: refuse },
  coffee: { parse: refuse, stringify: refuse },
  cson: { parse: refuse, stringify: refuse },
};

export function splitFrontmatter(text: string): Split {
  const lines = text.split("\n");
  const first = lines[0] ?? "";
  if (first !== "---") {
    if (/^---/.test(first)) return { ok: false, line: 1, message: fail(ERRORS.FrontmatterNotYaml, first.slice(0, 40)) };
    return { ok: false, line: 1, message: fail(ERRORS.NoFrontmatter) };
  }
  const close = lines.indexOf("---", 1);
  if (close < 0) return { ok: false, line: 1, message: fail(ERRORS.FrontmatterUnclosed) };

  // Options bypass gray-matter's cache; `language` pins the engine to our split-only YAML.
  const parsed = matter(text, { engines: SPLIT_ONLY, language: "yaml" } as Parameters<typeof matter>[1]);
  const yaml = lines.slice(1, close).join("\n");
  if (parsed.matter.replace(/^\n/, "") !== yaml && parsed.matter.trim() !== yaml.trim()) {
    // Both splits must agree; if they ever do not, ours (line-exact) wins and the file is refused.
    return { ok: false, line: 1, message: fail(ERRORS.FrontmatterUnclosed) };
  }
  return { ok: true, yaml, body: lines.slice(close + 1).join("\n"), bodyFirstLine: close + 2 };
}
