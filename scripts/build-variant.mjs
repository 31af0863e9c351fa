#!/usr/bin/env node
/**
 * Builds a variant of the site into its own folder, leaving out/ alone:
 *   node scripts/build-variant.mjs fixture    → out-fixture/   (the test fixture content: a record with a <script> in its body)
 *   node scripts/build-variant.mjs basepath   → out-basepath/  (this content under BASE_PATH=/rcp)
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const variant = process.argv[2];
const root = process.cwd();
const env = { ...process.env };

if (variant === "fixture") {
  const contentRoot = mkdtempSync(path.join(tmpdir(), "rcp-site-fixture-"));
  cpSync(path.join(root, "content/registries"), path.join(contentRoot, "content/registries"), { recursive: true });
  cpSync(path.join(root, "tests/fixtures/valid/processes"), path.join(contentRoot, "content/processes"), { recursive: true });
  env.CONTENT_ROOT = contentRoot;
} else if (variant === "basepath") {
  env.BASE_PATH = "/rcp";
} else {
  console.error("usage: build-variant.mjs fixture|basepath");
  process.exit(2);
}

const outDir = `out-${variant}`;
rmSync(path.join(root, outDir), { recursive: true, force: true });
env.NEXT_DIST_DIR = outDir;
// The preview images do not depend on the base path: scripts/og-images.ts copies the ones the main
// build drew from this cache (keyed by each card's content) instead of drawing them again.
env.OG_CACHE_DIR = path.join(root, ".cache/og");
execFileSync("npm", ["run", "build"], { stdio: "inherit", env });
console.log(`Built ${variant} variant into ${outDir}/`);
