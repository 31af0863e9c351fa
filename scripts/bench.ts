/**
 * `npm run bench` (after `npm run build`): client JavaScript sizes (gzip) and the median time of 20
 * filter changes in the explorer, in Chromium. Figures go to reports/bench.md; nothing here passes
 * or fails on timing.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { clientSizes } from "./client-size";

const PORT = 4190;
const sizes = clientSizes("out", { explorer: "processes/index.html", profile: "processes/budapest-process/index.html", home: "index.html" });

const server = spawn("node", ["scripts/serve.mjs", "out", String(PORT)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/lib/chromium/chromium",
  args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const timings: number[] = [];
// Timed inside the page, from the click to the URL change and the next painted frame. A string, so
// that the TypeScript runner's helpers do not leak into the browser.
const TIME_ONE_CHANGE = `(async () => {
  const group = [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Region");
  const boxes = [...group.querySelectorAll("input[type=checkbox]")];
  const before = window.location.href;
  const start = performance.now();
  boxes[$N % boxes.length].click();
  await new Promise((resolve) => {
    const check = () => (window.location.href !== before ? requestAnimationFrame(() => resolve()) : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
})()`;
try {
  const page = await browser.newPage();
  await page.goto(`http://localhost:${PORT}/processes/`);
  await page.getByRole("status").filter({ hasText: /mechanisms/ }).waitFor();
  await page.getByRole("group", { name: "Region" }).getByRole("checkbox").first().waitFor();
  for (let i = 0; i < 20; i++) {
    timings.push(await page.evaluate(TIME_ONE_CHANGE.replace("$N", String(i))));
  }
} finally {
  await browser.close();
  server.kill();
}
timings.sort((a, b) => a - b);
const median = (timings[9] + timings[10]) / 2;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const report = `# Benchmark report

Measured ${new Date().toISOString().slice(0, 10)} on this machine (2 cores), from \`out/\`. Figures, not pass/fail.

## Client JavaScript (gzip)

| page | ours | with framework |
|---|---|---|
| bare framework (404 page, no island of ours) | — | ${kb(sizes.framework)} |
| explorer \`/processes/\` | ${kb(sizes.pages.explorer.own)} | ${kb(sizes.pages.explorer.total)} |
| profile \`/processes/budapest-process/\` | ${kb(sizes.pages.profile.own)} | ${kb(sizes.pages.profile.total)} |
| home \`/\` | ${kb(sizes.pages.home.own)} | ${kb(sizes.pages.home.total)} |

"Ours" is every script the page loads that the bare framework page does not (our islands, and the
route's own chunks, which carry the explorer's build-time index as props in the HTML, not in JS).

## Explorer filter changes (Chromium, headless)

20 region-filter changes, timed in the page from the click to the new URL and the next painted frame: median ${median.toFixed(1)} ms
(fastest ${timings[0].toFixed(1)} ms, slowest ${timings[19].toFixed(1)} ms).
`;
writeFileSync("reports/bench.md", report);
console.log(report);
