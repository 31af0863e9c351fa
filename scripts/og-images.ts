/** After `next build`: write each profile's 1200×630 preview image into the export as a real .png file. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadContentFrom } from "../src/lib/content/load";
import { ogImagePng } from "../src/lib/ogImage";
import { ogImagePath } from "../src/lib/ogImagePath";

const outDir = process.env.NEXT_DIST_DIR || "out";
const content = await loadContentFrom(process.env.CONTENT_ROOT ?? process.cwd());

for (const process_ of content.processes) {
  const file = path.join(outDir, ogImagePath(process_.slug));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, await ogImagePng(process_, content.registries.regions));
}
console.log(`Wrote ${content.processes.length} preview images into ${outDir}/og/`);
