/**
 * The preview server (scripts/serve.mjs, `npm start`) against a temp export that has a sibling
 * `out-secret/` folder and symlinks pointing into it: nothing outside the served folder is ever
 * served, a malformed request gets 400 and the server keeps serving.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "./fixtures";

/** The headers as the README recommends them ("what `npm start` sends"). */
const README = readFileSync(path.join(PROJECT_ROOT, "README.md"), "utf8");
const CONTENT_SECURITY_POLICY = README.match(/`Content-Security-Policy: ([^`]+)`/)?.[1];

const SECRET = "the secret next door";
const base = mkdtempSync(path.join(tmpdir(), "rcp-serve-"));
const out = path.join(base, "out");
const servers: ChildProcess[] = [];

function write(file: string, text: string) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server and resolves with the port it says it serves on. */
function start(args: string[], env: Record<string, string>): Promise<number> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, "scripts/serve.mjs"), ...args], {
    cwd: base,
    env: { ...process.env, BASE_PATH: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk) => {
      output += chunk;
      const match = output.match(/at http:\/\/localhost:(\d+)\//);
      if (match) resolve(Number(match[1]));
    });
    child.stderr!.on("data", (chunk) => (output += chunk));
    child.once("exit", (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with its path sent exactly as written (fetch would normalise `..`, `%2e` and `\`). */
function get(port: number, rawPath: string, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

let port: number;
let basePort: number;
let envPort: number;

beforeAll(async () => {
  write(path.join(out, "index.html"), "<h1>home</h1>");
  write(path.join(out, "404.html"), "<h1>not found page</h1>");
  write(path.join(out, "about/index.html"), "<h1>about</h1>");
  write(path.join(out, "data/processes.json"), "[]");
  write(path.join(out, "_next/static/app.js"), "void 0;");
  write(path.join(out, "big/index.html"), `<p>${"compressible ".repeat(400)}</p>`);
  write(path.join(out, "big.png"), "\u0089PNG".padEnd(4000, "x"));
  write(path.join(base, "out-secret/secret.txt"), SECRET);
  write(path.join(base, "out-secret/index.html"), SECRET);
  symlinkSync(path.join(base, "out-secret/secret.txt"), path.join(out, "leak.txt"));
  symlinkSync(path.join(base, "out-secret"), path.join(out, "leakdir"));
  symlinkSync(path.join(out, "data/processes.json"), path.join(out, "alias.json"));

  // PORT is honoured without a port argument; a port argument wins over PORT.
  port = await freePort();
  [envPort, basePort] = await Promise.all([
    start(["out"], { PORT: String(port) }),
    freePort().then((p) => start(["out", String(p)], { PORT: String(port + 1), BASE_PATH: "/rcp" })),
  ]);
});

afterAll(() => {
  for (const child of servers) child.kill();
  rmSync(base, { recursive: true, force: true });
});

describe("npm start", () => {
  it("honours PORT, and a port argument wins over it", () => {
    expect(envPort).toBe(port);
    expect(basePort).not.toBe(port + 1);
    const { scripts } = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts.start).toBe("node scripts/serve.mjs out");
  });
});

describe("the preview server", () => {
  it("answers a malformed escape with 400 and keeps serving", async () => {
    expect((await get(port, "/%E0%A4%A")).status).toBe(400);
    expect((await get(port, "/about/%E0%A4%A")).status).toBe(400);
    const next = await get(port, "/");
    expect(next.status).toBe(200);
    expect(next.body).toBe("<h1>home</h1>");
  });

  it.each([
    ["/..%2fout-secret/secret.txt", 400],
    ["/..%2Fout-secret%2Fsecret.txt", 400],
    ["/%2e%2e/out-secret/secret.txt", 400],
    ["/%2E%2E%2Fout-secret%2Fsecret.txt", 400],
    ["/.%2e/out-secret/secret.txt", 400],
    ["/../out-secret/secret.txt", 400],
    ["/about/../../out-secret/secret.txt", 400],
    ["/..\\out-secret\\secret.txt", 400],
    ["/..%5cout-secret%5csecret.txt", 400],
    ["/%5c..%5cout-secret%5csecret.txt", 400],
    ["/secret.txt%00.html", 400],
    ["/%252e%252e/out-secret/secret.txt", 404],
    ["/%252e%252e%252fout-secret%252fsecret.txt", 404],
    ["//out-secret/secret.txt", 404],
    ["/leak.txt", 404],
    ["/leakdir/secret.txt", 404],
    ["/leakdir/", 404],
    ["http://127.0.0.1/../out-secret/secret.txt", 400],
  ])("never serves a path outside the folder: %s → %i", async (rawPath, status) => {
    const reply = await get(port, rawPath);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain(SECRET);
  });

  it("serves a symlink that stays inside the folder", async () => {
    expect(await get(port, "/alias.json")).toMatchObject({ status: 200, body: "[]" });
  });

  it("sends the README's headers on every answer", async () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(README).toContain("`X-Content-Type-Options: nosniff`, `Referrer-Policy: strict-origin-when-cross-origin`");
    for (const rawPath of ["/", "/nowhere", "/%E0%A4%A", "/about"]) {
      const { headers } = await get(port, rawPath);
      expect(headers["content-security-policy"]).toBe(CONTENT_SECURITY_POLICY);
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    }
    expect((await get(port, "/_next/static/app.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const page = await get(port, "/data/processes.json");
    expect(page.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    expect(page.headers["content-type"]).toBe("application/json; charset=utf-8");
  });

  it("answers unknown paths with 404.html, folders without a slash with 308", async () => {
    expect(await get(port, "/nowhere/")).toMatchObject({ status: 404, body: "<h1>not found page</h1>" });
    expect(await get(port, "/data/processes.json/")).toMatchObject({ status: 404 });
    expect(await get(port, "/about")).toMatchObject({ status: 308, headers: expect.objectContaining({ location: "/about/" }) });
    expect((await get(port, "/about?x=1")).headers.location).toBe("/about/?x=1");
    expect((await get(port, "/about/")).body).toBe("<h1>about</h1>");
  });

  it("compresses text the way a static host does: brotli, else gzip, else as it is", async () => {
    const raw = `<p>${"compressible ".repeat(400)}</p>`;
    const fetchWith = async (accept?: string) => {
      const response = await new Promise<import("node:http").IncomingMessage>((resolve, reject) =>
        request({ host: "127.0.0.1", port, path: "/big/", headers: accept ? { "accept-encoding": accept } : {} }, resolve).on("error", reject).end(),
      );
      const chunks: Buffer[] = [];
      for await (const chunk of response) chunks.push(chunk as Buffer);
      return { headers: response.headers, body: Buffer.concat(chunks) };
    };
    const br = await fetchWith("gzip, deflate, br");
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(br.body.length).toBeLessThan(raw.length / 10);
    expect(brotliDecompressSync(br.body).toString()).toBe(raw);
    const gz = await fetchWith("gzip");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(raw);
    const plainReply = await fetchWith();
    expect(plainReply.headers["content-encoding"]).toBeUndefined();
    expect(plainReply.body.toString()).toBe(raw);
    // Images are sent as they are, whatever the client accepts; small files too.
    expect((await get(port, "/big.png")).headers["content-encoding"]).toBeUndefined();
    const png = await new Promise<import("node:http").IncomingMessage>((resolve, reject) => request({ host: "127.0.0.1", port, path: "/big.png", headers: { "accept-encoding": "br" } }, resolve).on("error", reject).end());
    png.resume();
    expect(png.headers["content-encoding"]).toBeUndefined();
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    expect(await get(port, "/", "HEAD")).toMatchObject({ status: 200, body: "" });
    expect(await get(port, "/", "POST")).toMatchObject({ status: 405, headers: expect.objectContaining({ allow: "GET, HEAD" }) });
  });

  it("serves under BASE_PATH and redirects into it", async () => {
    expect(await get(basePort, "/")).toMatchObject({ status: 302, headers: expect.objectContaining({ location: "/rcp/" }) });
    expect((await get(basePort, "/about/")).headers.location).toBe("/rcp/");
    expect((await get(basePort, "/rcp")).headers.location).toBe("/rcp/");
    expect(await get(basePort, "/rcp/")).toMatchObject({ status: 200, body: "<h1>home</h1>" });
    expect(await get(basePort, "/rcp/about")).toMatchObject({ status: 308, headers: expect.objectContaining({ location: "/rcp/about/" }) });
    expect(await get(basePort, "/rcp/nowhere")).toMatchObject({ status: 404, body: "<h1>not found page</h1>" });
    expect((await get(basePort, "/rcp/..%2fout-secret/secret.txt")).status).toBe(400);
    expect((await get(basePort, "/rcp/%E0%A4%A")).status).toBe(400);
  });
});
