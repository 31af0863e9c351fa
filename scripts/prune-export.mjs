#!/usr/bin/env node
/**
 * After `next build`: removes the flight data Next writes beside every page of a static export
 * (`index.txt`, `__next.*.txt`) — the same React payload three times over, about 60 % of the
 * export's bytes. Next's client router fetches these files only for client-side navigations and
 * prefetches, and this site makes none: every link is a plain <a> (src/lib/routes.ts), the
 * explorer writes its view to the address bar with the browser's own history methods, and each
 * page's HTML carries its own payload inline. Without them a page is two files: HTML and preview.
 *
 *   node scripts/prune-export.mjs [dir=$NEXT_DIST_DIR or out]
 */
import { existsSync, readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";

const root = path.resolve(process.argv[2] ?? (process.env.NEXT_DIST_DIR || "out"));
if (!existsSync(path.join(root, "index.html"))) {
  console.error(`Not a static export: ${root} has no index.html. Run "next build" first.`);
  process.exit(1);
}

/** Flight files: Next's own names, nothing else (a record's CSV or a data file is never one). */
const isFlight = (name, siblings) => /^__next\..+\.txt$/.test(name) || (name === "index.txt" && siblings.has("index.html"));

let files = 0;
let bytes = 0;
const walk = (dir) => {
  const entries = readdirSync(dir, { withFileTypes: true });
  const names = new Set(entries.map((e) => e.name));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // _next/ holds the scripts and styles: never touched.
      if (!(dir === root && entry.name === "_next")) walk(full);
    } else if (entry.isFile() && isFlight(entry.name, names)) {
      bytes += statSync(full).size;
      rmSync(full);
      files++;
    }
  }
};
walk(root);
console.log(`Pruned ${files} flight-data files (${(bytes / 1e6).toFixed(1)} MB) from ${path.relative(process.cwd(), root) || "."}/: this site makes no client-side navigations.`);
