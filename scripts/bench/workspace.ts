/**
 * The bench's own copy of the site, inside the repository (out-bench-work/: git-ignored, outside
 * the typecheck and the linter), taken once per bench so that every record count builds the same
 * source while others edit theirs.
 *
 * Why a copy: with `output: "export"`, this Next version keeps its build artifacts in `.next`
 * whatever `distDir` says (`getBuildDistDir` in next/dist/export/utils.js: a custom distDir is only
 * the export's destination) and locks it, so building in the project itself would write — and
 * wipe — the `.next` others use. The copy has a `.next` of its own.
 *
 * The copy is the site's source as it stands (src/, public/, scripts/ and the configs) with
 * node_modules linked, and one line changed: Tailwind's automatic source detection in
 * src/styles/globals.css is pointed at the project root (`source("../../..")`: the project's own
 * files, as its build sees them), because from
 * inside a git-ignored folder it would otherwise scan node_modules through the link and emit a
 * 210 kB stylesheet instead of the project's own (with the change the CSS is byte-identical).
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export interface Workspace {
  projectRoot: string;
  dir: string;
  commit: string;
  /** Files that differ from the commit when the copy was taken (git status, read only). */
  dirty: string[];
  takenAt: string;
}

const COPIED = ["src", "public", "scripts", "next.config.ts", "tsconfig.json", "postcss.config.mjs", "package.json", "next-env.d.ts"];

function git(projectRoot: string, args: string[]): string {
  try {
    // --no-optional-locks: a status that never rewrites the index.
    return execFileSync("git", ["--no-optional-locks", ...args], { cwd: projectRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "";
  }
}

export function takeWorkspace(projectRoot: string, dir: string): Workspace {
  rmSync(dir, { recursive: true, force: true });
  for (const entry of COPIED) {
    const from = path.join(projectRoot, entry);
    if (existsSync(from)) cpSync(from, path.join(dir, entry), { recursive: true, filter: (src) => !src.includes(`${path.sep}scripts${path.sep}bench${path.sep}_`) });
  }
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"), "dir");
  const css = path.join(dir, "src/styles/globals.css");
  const text = readFileSync(css, "utf8");
  const base = path.relative(path.dirname(css), projectRoot).split(path.sep).join("/");
  const patched = text.replace(/^@import "tailwindcss";/m, `@import "tailwindcss" source("${base}");`);
  if (patched === text && !text.includes('source("')) console.warn("bench: globals.css has no plain @import \"tailwindcss\"; the copy's CSS may differ from the project's");
  writeFileSync(css, patched);
  return {
    projectRoot,
    dir,
    commit: git(projectRoot, ["rev-parse", "--short", "HEAD"]),
    dirty: git(projectRoot, ["status", "--porcelain", "--untracked-files=no"]).split("\n").filter(Boolean),
    takenAt: new Date().toISOString(),
  };
}

export function removeWorkspace(ws: Workspace): void {
  rmSync(ws.dir, { recursive: true, force: true });
}
