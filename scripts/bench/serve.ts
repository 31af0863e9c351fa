/**
 * Serving a built folder for the browser measurements: `node scripts/serve.mjs <dir> <port>` on a
 * free port, waited on by polling the port with fetch (no fixed sleep), stopped by its own pid.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

export async function serve(serveScript: string, dir: string, cwd: string, timeoutMs = 20_000): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [serveScript, dir, String(port)], { cwd, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, BASE_PATH: "" } });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`serve.mjs exited (${child.exitCode}): ${stderr}`);
    try {
      const response = await fetch(`${url}/`);
      await response.arrayBuffer();
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill();
      throw new Error(`serve.mjs did not answer on port ${port} within ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
