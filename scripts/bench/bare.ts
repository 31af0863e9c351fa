/**
 * The bare framework page: a Next app with one static page and nothing of ours (no island, no CSS),
 * built with the project's own Next and React into a temporary project inside the repository (so
 * it resolves the same node_modules), exported, and measured beside the site. The folder is removed
 * by the caller when the bench is done.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runMeasured, type Measured } from "./proc";

const LAYOUT = `export const metadata = { title: "Bare page", description: "A Next page with nothing else on it." };
export const viewport = { width: "device-width", initialScale: 1 };
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`;

const PAGE = `export default function Page() {
  return (
    <main>
      <h1>Bare page</h1>
      <p>A static Next page with the framework's runtime and nothing else: the floor every page of the site stands on.</p>
    </main>
  );
}
`;

export async function buildBarePage(dir: string, projectRoot: string, log: string): Promise<{ outDir: string; build: Measured }> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, "app"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "bench-bare-page", private: true }, null, 2)}\n`);
  writeFileSync(path.join(dir, "next.config.mjs"), `export default { output: "export", trailingSlash: true, distDir: "out-bare", images: { unoptimized: true } };\n`);
  writeFileSync(path.join(dir, "app/layout.jsx"), LAYOUT);
  writeFileSync(path.join(dir, "app/page.jsx"), PAGE);
  const nextBin = path.join(projectRoot, "node_modules", ".bin", "next");
  const build = await runMeasured(nextBin, ["build"], { cwd: dir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, log });
  if (build.code !== 0) throw new Error(`The bare page did not build (exit ${build.code}):\n${build.tail}`);
  return { outDir: path.join(dir, "out-bare"), build };
}
