#!/usr/bin/env node
/**
 * Serves a static export the way a static host does: `/x/` → `x/index.html`, a folder without its
 * trailing slash → 308, unknown paths → 404.html, correct content types, the security headers the
 * README recommends, and an optional base path. Dependency-free.
 *
 *   node scripts/serve.mjs [dir=out] [port=$PORT or 3000]     (BASE_PATH=/rcp to serve under a sub-path)
 *
 * Requests are untrusted: a malformed one gets 400 and the server keeps serving; nothing outside the
 * served folder is ever read — no `..` segment, no NUL, no backslash (raw or encoded), and a file
 * reached through a symlink must still lie inside the folder once the link is resolved.
 *
 * Text (HTML, JS, CSS, JSON, CSV, SVG, XML, flight data) is compressed as every static host and CDN
 * does — brotli when the client accepts it, else gzip — and kept in a small cache keyed by file,
 * size and modification time, so speed measurements over this server are like a real host's.
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { brotliCompressSync, constants as zlib, gzipSync } from "node:zlib";
import { createServer } from "node:http";
import path from "node:path";
import { securityHeaders } from "./security-headers.mjs";

const root = path.resolve(process.argv[2] ?? "out");
const port = Number(process.argv[3] ?? process.env.PORT ?? 3000);
const basePath = (process.env.BASE_PATH ?? "").replace(/\/+$/, "");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${process.argv[3] ?? process.env.PORT}`);
  process.exit(1);
}
if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`Nothing to serve: ${root} does not exist. Run "npm run build" first.`);
  process.exit(1);
}
const realRoot = realpathSync(root);

/** True when `target` is `base` or inside it (segment-wise: a sibling "out-secret" is not inside "out"). */
function inside(base, target) {
  const relative = path.relative(base, target);
  return relative === "" || (!path.isAbsolute(relative) && relative !== ".." && !relative.startsWith(`..${path.sep}`));
}

/**
 * The decoded path segments of a request path, or a status for a request that is refused: 400 for
 * anything malformed or trying to leave the folder.
 */
function segmentsOf(rawPath) {
  if (!rawPath.startsWith("/") || rawPath.includes("\\")) return 400;
  const segments = [];
  for (const raw of rawPath.split("/").slice(1)) {
    let segment;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return 400; // a malformed escape such as %E0%A4%A
    }
    if (segment === ".." || segment === "." || /[\0\\/]/.test(segment)) return 400; // ..; NUL; %5c; %2f
    segments.push(segment);
  }
  return segments;
}

/** A regular file inside the served folder, symlinks resolved; else undefined. */
function servable(candidate) {
  if (!inside(root, candidate)) return undefined;
  try {
    if (!statSync(candidate).isFile()) return undefined;
    return inside(realRoot, realpathSync(candidate)) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(candidate) {
  try {
    return inside(root, candidate) && inside(realRoot, realpathSync(candidate)) && statSync(candidate).isDirectory();
  } catch {
    return false;
  }
}

const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".csv", ".txt", ".xml", ".svg", ".webmanifest"]);
const CACHE_LIMIT = 64 * 1024 * 1024;
const cache = new Map();
let cached = 0;

/** The compressed body of a text file in the encoding the client prefers, or undefined to send it as it is. */
function compressed(req, file) {
  if (!COMPRESSIBLE.has(path.extname(file))) return undefined;
  const accepts = String(req.headers["accept-encoding"] ?? "");
  const encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : undefined;
  if (!encoding) return undefined;
  const { size, mtimeMs } = statSync(file);
  if (size < 1024) return undefined;
  const key = `${encoding} ${file} ${size} ${mtimeMs}`;
  let body = cache.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === "br" ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }) : gzipSync(raw, { level: 6 });
    if (cached + body.length > CACHE_LIMIT) {
      cache.clear();
      cached = 0;
    }
    cache.set(key, body);
    cached += body.length;
  }
  return { encoding, body };
}

function send(req, res, status, file, headers = {}) {
  const type = TYPES[path.extname(file)] ?? "application/octet-stream";
  const packed = compressed(req, file);
  if (packed) {
    res.writeHead(status, { ...securityHeaders(), "Content-Type": type, "Content-Encoding": packed.encoding, "Content-Length": packed.body.length, Vary: "Accept-Encoding", ...headers });
    return res.end(req.method === "HEAD" ? undefined : packed.body);
  }
  res.writeHead(status, { ...securityHeaders(), "Content-Type": type, ...(COMPRESSIBLE.has(path.extname(file)) ? { Vary: "Accept-Encoding" } : {}), ...headers });
  if (req.method === "HEAD") return res.end();
  const stream = createReadStream(file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

function plain(res, status, text, headers = {}) {
  res.writeHead(status, { ...securityHeaders(), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers });
  res.end(`${text}\n`);
}

function notFound(req, res) {
  const page = servable(path.join(root, "404.html"));
  if (page) send(req, res, 404, page, { "Cache-Control": "no-store" });
  else plain(res, 404, "Not found");
}

function handle(req, res) {
  if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
  const url = req.url ?? "";
  const queryAt = url.search(/[?#]/);
  let rawPath = queryAt < 0 ? url : url.slice(0, queryAt);
  const search = queryAt < 0 ? "" : url.slice(queryAt).replace(/#.*$/, "");

  if (basePath) {
    if (rawPath === basePath) return plain(res, 308, "Moved", { Location: `${basePath}/${search}` });
    if (!rawPath.startsWith(`${basePath}/`)) return plain(res, 302, "Found", { Location: `${basePath}/` });
    rawPath = rawPath.slice(basePath.length);
  }

  const segments = segmentsOf(rawPath);
  if (typeof segments === "number") return plain(res, segments, "Bad request");
  const candidate = path.resolve(root, ...segments);
  if (!inside(root, candidate)) return plain(res, 400, "Bad request");
  const wantsFolder = rawPath.endsWith("/");

  if (!wantsFolder) {
    const file = servable(candidate);
    if (file) return send(req, res, 200, file, { "Cache-Control": cacheControl(rawPath) });
    // A folder without its trailing slash is redirected, as static hosts do with trailingSlash exports.
    // The Location is built from the request's own (still encoded) segments, without empty ones.
    if (isDirectory(candidate) && servable(path.join(candidate, "index.html"))) {
      const location = `${basePath}/${rawPath.split("/").filter(Boolean).join("/")}/${search}`;
      return plain(res, 308, "Moved", { Location: location });
    }
    return notFound(req, res);
  }
  const index = servable(path.join(candidate, "index.html"));
  if (index) return send(req, res, 200, index, { "Cache-Control": cacheControl(rawPath) });
  return notFound(req, res);
}

function cacheControl(rawPath) {
  return rawPath.startsWith("/_next/static/") ? "public, max-age=31536000, immutable" : "public, max-age=0, must-revalidate";
}

const server = createServer((req, res) => {
  try {
    handle(req, res);
  } catch (error) {
    // Nothing a request does may stop the server.
    console.error(error);
    if (!res.headersSent) plain(res, 500, "Internal error");
    else res.destroy();
  }
});
server.on("clientError", (_error, socket) => {
  if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
  else socket.destroy();
});

server.listen(port, "127.0.0.1", () => {
  const { port: actual } = server.address();
  console.log(`Serving ${path.relative(process.cwd(), root) || "."} at http://localhost:${actual}${basePath}/`);
});
