/**
 * Gzip size of the JavaScript a page of the export loads, split into the bare framework's share (what
 * the 404 page, which has no island of ours, loads too) and ours (everything else).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

function scriptsOf(outDir: string, htmlFile: string): Set<string> {
  const html = readFileSync(path.join(outDir, htmlFile), "utf8");
  return new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]));
}

const gzipSize = (outDir: string, scripts: Set<string>) =>
  [...scripts].reduce((sum, src) => sum + gzipSync(readFileSync(path.join(outDir, src.replace(/^\/[^_]*?(?=\/_next\/)/, "")))).length, 0);

export interface ClientSizes {
  framework: number;
  pages: Record<string, { own: number; total: number }>;
}

export function clientSizes(outDir: string, pages: Record<string, string>): ClientSizes {
  const framework = scriptsOf(outDir, "404.html");
  const result: ClientSizes = { framework: gzipSize(outDir, framework), pages: {} };
  for (const [name, file] of Object.entries(pages)) {
    const own = new Set([...scriptsOf(outDir, file)].filter((s) => !framework.has(s)));
    result.pages[name] = { own: gzipSize(outDir, own), total: gzipSize(outDir, scriptsOf(outDir, file)) };
  }
  return result;
}
