#!/usr/bin/env node
/**
 * Serves a static export the way a static host does: `/x/` → `x/index.html`, unknown paths → 404.html,
 * correct content types, the security headers the README recommends, and an optional base path.
 *
 *   node scripts/serve.mjs [dir=out] [port=3000]     (BASE_PATH=/rcp to serve under a sub-path)
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { securityHeaders } from "./security-headers.mjs";

const root = path.resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const basePath = (process.env.BASE_PATH ?? "").replace(/\/$/, "");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

if (!existsSync(root)) {
  console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
  process.exit(1);
}

function resolveFile(urlPath) {
  const decoded = decodeURIComponent(urlPath);
  const candidate = path.join(root, decoded);
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = path.join(candidate, "index.html");
  if (existsSync(index)) return index;
  return undefined;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  let pathname = url.pathname;
  const headers = securityHeaders();
  if (basePath) {
    if (pathname === "/" || !(pathname === basePath || pathname.startsWith(`${basePath}/`))) {
      res.writeHead(302, { Location: `${basePath}/` }).end();
      return;
    }
    pathname = pathname.slice(basePath.length) || "/";
  }
  // A directory without its trailing slash is redirected, as static hosts do with trailingSlash exports.
  const direct = resolveFile(pathname);
  if (direct && direct.endsWith("index.html") && !pathname.endsWith("/")) {
    res.writeHead(308, { Location: `${basePath}${pathname}/${url.search}` }).end();
    return;
  }
  const file = direct ?? path.join(root, "404.html");
  const status = direct ? 200 : 404;
  const ext = path.extname(file);
  const cache = pathname.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
  res.writeHead(status, { ...headers, "Content-Type": TYPES[ext] ?? "application/octet-stream", "Cache-Control": cache });
  if (req.method === "HEAD") return res.end();
  createReadStream(file).pipe(res);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${port}${basePath}/`);
});
