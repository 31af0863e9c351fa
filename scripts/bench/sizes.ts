/**
 * Sizes of a built export: the folder as a whole, every HTML page with the scripts and stylesheets
 * it loads (gzip level 9 of each file, read from `<script src>` and `<link rel=stylesheet>` in the
 * HTML), page types, the framework floor and the explorer's and search's indexes.
 *
 * The framework floor is the set of scripts that every page of the export loads (Next's runtime and
 * React: what the 404 page, which has no island of ours, loads too). A page's "own" JavaScript is
 * whatever it loads beyond that floor.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

/** The "kB": 1,000 bytes. */
export const KB = 1000;

export const gz = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;

export interface FolderSize {
  bytes: number;
  files: number;
}

export function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else if (entry.isFile()) visit(full, statSync(full).size);
  }
}

export function folderSize(dir: string, skip?: (relative: string) => boolean): FolderSize {
  const out = { bytes: 0, files: 0 };
  walk(dir, (file, size) => {
    if (skip?.(path.relative(dir, file))) return;
    out.bytes += size;
    out.files++;
  });
  return out;
}

/** The page type of an HTML file of the export, from its path (locale prefix removed). */
export function pageType(relative: string): string {
  const p = relative.replace(/index\.html$/, "").replace(/\.html$/, "/").replace(/^(fr|es)\//, "");
  const parts = p.split("/").filter(Boolean);
  if (parts.length === 0) return "home";
  const [first, second, third] = parts;
  if (first === "404" || first === "_not-found") return "404";
  if (first === "processes") return second ? "profile" : "explorer";
  if (first === "sources") return second === "report" ? (third ? "source report" : "source reports (index)") : "sources (index)";
  const lookups: Record<string, [string, string]> = {
    countries: ["countries (index)", "country"],
    organizations: ["organisations (index)", "organisation"],
    regions: ["regions (index)", "region"],
    themes: ["themes (index)", "theme"],
  };
  if (lookups[first]) return second ? lookups[first][1] : lookups[first][0];
  return parts.length === 1 ? first : `${first}/*`;
}

/** Representative English pages by type (the ones the issue names, else the first of the type). */
export const REPRESENTATIVE: Record<string, string> = {
  home: "index.html",
  explorer: "processes/index.html",
  profile: "processes/budapest-process/index.html",
  country: "countries/gha/index.html",
  organisation: "organizations/iom/index.html",
  region: "regions/africa/index.html",
  theme: "themes/labour-migration/index.html",
  "source report": "sources/report/budapest-process/index.html",
  404: "404.html",
};

export interface PageSizes {
  file: string;
  type: string;
  html: number;
  htmlGz: number;
  scripts: string[];
  styles: string[];
  jsGz: number;
  cssGz: number;
  ownJsGz: number;
  /** HTML + every script and stylesheet it loads, gzip. */
  weightGz: number;
}

export interface TypeSummary {
  type: string;
  pages: number;
  representative: string;
  rep: PageSizes;
  htmlGzMedian: number;
  htmlGzMax: number;
  htmlGzMaxFile: string;
  weightGzMax: number;
  ownJsGzMax: number;
}

export interface ExportSizes {
  total: FolderSize;
  withoutImages: FolderSize;
  images: FolderSize;
  htmlPages: number;
  /** Framework floor: the scripts every page loads. */
  floor: { scripts: string[]; jsGz: number };
  /** What the 404 page loads (for comparison with the floor). */
  notFoundJsGz: number;
  types: TypeSummary[];
  heaviest: { file: string; weightGz: number; htmlGz: number; jsGz: number; cssGz: number };
  pagesOver150kGz: number;
  explorerIndex?: { raw: number; gz: number };
  searchIndex?: { raw: number; gz: number };
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};

/** The export's file for a URL the HTML names (a base path, if any, removed; query dropped). */
function assetFile(outDir: string, url: string, basePath: string): string | undefined {
  const clean = url.replace(/[?#].*$/, "");
  if (/^[a-z]+:/i.test(clean) || clean.startsWith("//")) return undefined; // not ours
  const local = basePath && clean.startsWith(`${basePath}/`) ? clean.slice(basePath.length) : clean;
  return path.join(outDir, local);
}

export function parseAssets(html: string): { scripts: string[]; styles: string[] } {
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
  const styles = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="stylesheet"/.test(tag))
    .flatMap((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1] ?? []);
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

export function measureExport(outDir: string, basePath = ""): ExportSizes {
  const total = folderSize(outDir);
  const images = existsSync(path.join(outDir, "og")) ? folderSize(path.join(outDir, "og")) : { bytes: 0, files: 0 };
  const htmlFiles: string[] = [];
  walk(outDir, (file) => {
    if (file.endsWith(".html")) htmlFiles.push(path.relative(outDir, file));
  });
  htmlFiles.sort();

  const assetGz = new Map<string, number>();
  const sizeOf = (url: string) => {
    const known = assetGz.get(url);
    if (known !== undefined) return known;
    const file = assetFile(outDir, url, basePath);
    let size = 0;
    try {
      if (file) size = gz(readFileSync(file));
    } catch {
      size = 0; // a file the HTML names but the export lacks: counted as nothing
    }
    assetGz.set(url, size);
    return size;
  };

  const pages: PageSizes[] = htmlFiles.map((file) => {
    const html = readFileSync(path.join(outDir, file));
    const { scripts, styles } = parseAssets(html.toString("utf8"));
    const htmlGz = gz(html);
    const jsGz = scripts.reduce((sum, s) => sum + sizeOf(s), 0);
    const cssGz = styles.reduce((sum, s) => sum + sizeOf(s), 0);
    return { file, type: pageType(file), html: html.length, htmlGz, scripts, styles, jsGz, cssGz, ownJsGz: 0, weightGz: htmlGz + jsGz + cssGz };
  });

  const floorSet = pages.length ? pages.slice(1).reduce((set, p) => new Set(p.scripts.filter((s) => set.has(s))), new Set(pages[0].scripts)) : new Set<string>();
  for (const p of pages) p.ownJsGz = p.scripts.filter((s) => !floorSet.has(s)).reduce((sum, s) => sum + sizeOf(s), 0);
  const notFound = pages.find((p) => p.file === "404.html");

  const byType = new Map<string, PageSizes[]>();
  for (const p of pages) {
    if (!byType.has(p.type)) byType.set(p.type, []);
    byType.get(p.type)!.push(p);
  }
  const types: TypeSummary[] = [...byType.entries()].map(([type, list]) => {
    const english = list.filter((p) => !/^(fr|es)\//.test(p.file));
    const rep = list.find((p) => p.file === REPRESENTATIVE[type]) ?? english[0] ?? list[0];
    const maxHtml = list.reduce((a, b) => (b.htmlGz > a.htmlGz ? b : a));
    return {
      type,
      pages: list.length,
      representative: rep.file,
      rep,
      htmlGzMedian: median(list.map((p) => p.htmlGz)),
      htmlGzMax: maxHtml.htmlGz,
      htmlGzMaxFile: maxHtml.file,
      weightGzMax: Math.max(...list.map((p) => p.weightGz)),
      ownJsGzMax: Math.max(...list.map((p) => p.ownJsGz)),
    };
  });
  types.sort((a, b) => b.pages - a.pages || a.type.localeCompare(b.type));
  const heaviest = pages.reduce((a, b) => (b.weightGz > a.weightGz ? b : a));

  const index = (file: string) => {
    try {
      const data = readFileSync(path.join(outDir, file));
      return { raw: data.length, gz: gz(data) };
    } catch {
      return undefined;
    }
  };
  return {
    total,
    withoutImages: { bytes: total.bytes - images.bytes, files: total.files - images.files },
    images,
    htmlPages: htmlFiles.length,
    floor: { scripts: [...floorSet], jsGz: [...floorSet].reduce((sum, s) => sum + sizeOf(s), 0) },
    notFoundJsGz: notFound?.jsGz ?? 0,
    types,
    heaviest: { file: heaviest.file, weightGz: heaviest.weightGz, htmlGz: heaviest.htmlGz, jsGz: heaviest.jsGz, cssGz: heaviest.cssGz },
    pagesOver150kGz: pages.filter((p) => p.weightGz > 150 * KB).length,
    explorerIndex: index("data/explorer-index.json"),
    searchIndex: index("data/search-index.json"),
  };
}
