/**
 * A link checker over a static export: every internal href/src in every HTML page must resolve to a
 * file of the export, and every #fragment to an element id on the target page.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith(".html") ? [full] : [];
  });
}

const decodeEntities = (s: string) => s.replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/&quot;/g, '"');

export function brokenLinks(outDir: string, basePath = ""): string[] {
  const problems: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idsCache.has(file)) idsCache.set(file, new Set([...readFileSync(file, "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]))));
    return idsCache.get(file)!;
  };
  const resolveTarget = (pathname: string): string | undefined => {
    if (basePath) {
      if (!pathname.startsWith(`${basePath}/`)) return undefined;
      pathname = pathname.slice(basePath.length);
    }
    const candidate = path.join(outDir, decodeURIComponent(pathname));
    if (pathname.endsWith("/")) return existsSync(path.join(candidate, "index.html")) ? path.join(candidate, "index.html") : undefined;
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
  };

  for (const file of htmlFiles(outDir)) {
    const html = readFileSync(file, "utf8");
    const pagePath = `${basePath}/${path.relative(outDir, file).replace(/index\.html$/, "").replace(/\\/g, "/")}`;
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(match[1]);
      if (!raw || /^(?:https?:|mailto:|data:|tel:)/.test(raw)) continue;
      const url = new URL(raw, `http://site${pagePath}`);
      const target = url.pathname === new URL(`http://site${pagePath}`).pathname && raw.startsWith("#") ? file : resolveTarget(url.pathname);
      const where = `${path.relative(outDir, file)}: ${raw}`;
      if (!target) {
        problems.push(`${where} → no such file`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith(".html") && !idsOf(target).has(fragment)) problems.push(`${where} → no element with id "${fragment}"`);
    }
  }
  return problems;
}
