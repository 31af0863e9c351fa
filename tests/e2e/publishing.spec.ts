/** Share, cite, discover and deploy: metadata, preview images, JSON-LD, sitemap, open data, links, CSP. */
import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { gzipSync } from "node:zlib";
import { clientSizes } from "../../scripts/client-size";
import { brokenLinks } from "./linkCheck";

interface ProcessRow {
  slug: string;
  name: string;
  members: string[];
  observerStates: string[];
  partnerStates: string[];
  guestStates: string[];
  url: string;
}

const processes = JSON.parse(readFileSync("out/data/processes.json", "utf8")) as ProcessRow[];

function pngSize(file: string): { width: number; height: number } {
  const buffer = readFileSync(file);
  expect(buffer.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test("every profile has title, description, canonical, Open Graph and Twitter tags, and a 1200×630 PNG preview", () => {
  for (const p of processes) {
    const html = readFileSync(`out/processes/${p.slug}/index.html`, "utf8");
    const meta = (attr: string, name: string) => html.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];
    expect(html, p.slug).toMatch(/<title>[^<]+ · RCP Explorer<\/title>/);
    expect(meta("name", "description"), p.slug).toBeTruthy();
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/processes/${p.slug}/"/>`);
    expect(meta("property", "og:title"), p.slug).toBeTruthy();
    expect(meta("property", "og:image"), p.slug).toBe(`http://localhost:3000/og/${p.slug}.png`);
    expect(meta("name", "twitter:card"), p.slug).toBe("summary_large_image");
    expect(pngSize(`out/og/${p.slug}.png`)).toEqual({ width: 1200, height: 630 });
  }
});

test("the JSON-LD of profiles and country pages parses", () => {
  const ld = (file: string) =>
    [...readFileSync(file, "utf8").matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
  const [profile] = ld("out/processes/midsa/index.html");
  expect(profile).toMatchObject({ "@type": "Organization", name: "Migration Dialogue for Southern Africa" });
  expect(profile.member.length).toBe(processes.find((p) => p.slug === "midsa")!.members.length);
  const [country] = ld("out/countries/swz/index.html");
  expect(country).toMatchObject({ "@type": "Country", identifier: "SWZ" });
});

test("the sitemap lists every profile, country, region and theme page; robots.txt points to it", () => {
  const sitemap = readFileSync("out/sitemap.xml", "utf8");
  const urls = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace("http://localhost:3000", "")));
  for (const p of processes) expect(urls.has(`/processes/${p.slug}/`), p.slug).toBe(true);
  const countries = parse(readFileSync("out/data/countries.csv"), { columns: true }) as { iso3: string }[];
  for (const c of countries) expect(urls.has(`/countries/${c.iso3.toLowerCase()}/`), c.iso3).toBe(true);
  for (const path of ["/regions/africa/", "/themes/labour-migration/", "/about/", "/data/", "/sources/"]) expect(urls.has(path), path).toBe(true);
  expect(readFileSync("out/robots.txt", "utf8")).toContain("Sitemap: http://localhost:3000/sitemap.xml");
});

test("the CSV files parse back to the same memberships as processes.json", () => {
  const rows = parse(readFileSync("out/data/memberships.csv"), { columns: true }) as Record<string, string>[];
  const fromCsv = rows.map((r) => `${r.process_slug}|${r.country_iso3}|${r.role}`).sort();
  const fromJson = processes
    .flatMap((p) => [
      ...p.members.map((c) => `${p.slug}|${c}|member`),
      ...p.observerStates.map((c) => `${p.slug}|${c}|observer`),
      ...p.partnerStates.map((c) => `${p.slug}|${c}|partner`),
      ...p.guestStates.map((c) => `${p.slug}|${c}|guest`),
    ])
    .sort();
  expect(fromCsv).toEqual(fromJson);
  for (const r of rows) expect(r.process_name).toBe(processes.find((p) => p.slug === r.process_slug)!.name);
  const raw = readFileSync("out/data/memberships.csv");
  expect(raw[0]).not.toBe(0xef); // no byte-order mark
  expect(raw.toString("utf8").split("\r\n")[0]).toBe("process_slug,process_name,country_iso3,country_name,role,via_group");
  const history = parse(readFileSync("out/data/membership-history.csv"), { columns: true }) as Record<string, string>[];
  expect(history.length).toBeGreaterThan(rows.length);
});

test("the open-data page describes every file with a working download link", async ({ page, request }) => {
  await page.goto("/data/");
  for (const name of ["processes.json", "processes.schema.json", "memberships.csv", "membership-history.csv", "countries.csv", "themes.json", "organizations.json", "version.json"]) {
    const link = page.getByRole("link", { name, exact: true });
    await expect(link).toBeVisible();
    const response = await request.get((await link.getAttribute("href"))!);
    expect(response.status(), name).toBe(200);
  }
  await expect(page.getByText(/Dataset version \d{4}-\d{2}-\d{2}/)).toBeVisible();
});

test("a profile offers a citation with today's date, a copy-link button and a correction link", async ({ page }) => {
  await page.goto("/processes/budapest-process/");
  const today = new Date().toISOString().slice(0, 10);
  await expect(page.getByTestId("citation-bibtex")).toContainText(`urldate = {${today}}`);
  await expect(page.getByTestId("citation-text")).toContainText("Budapest Process");
  await expect(page.getByTestId("citation-text")).toContainText("http://localhost:3000/processes/budapest-process/");
  await expect(page.getByRole("button", { name: "Copy link" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Suggest a correction" })).toHaveAttribute("href", /title=Correction/);
});

test("no broken internal link or anchor in out/", () => {
  expect(brokenLinks("out")).toEqual([]);
});

test("unknown paths get the helpful 404 page", async ({ page }) => {
  const response = await page.goto("/processes/no-such-process/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("searchbox")).toBeVisible();
});

test("pages run with the README's Content-Security-Policy and log no errors", async ({ page }) => {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(`${page.url()}: ${message.text()}`));
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  for (const path of ["/", "/processes/?region=africa", "/processes/midsa/", "/countries/", "/countries/gha/", "/regions/europe/", "/about/", "/data/", "/sources/report/"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

test("the base-path build exists in its own folder and leaves out/ alone", () => {
  expect(existsSync("out-basepath/index.html")).toBe(true);
  expect(readFileSync("out/index.html", "utf8")).not.toContain('href="/rcp/');
});

test("size budgets: our client code and the explorer page stay light (gzip bytes)", () => {
  const sizes = clientSizes("out", { explorer: "processes/index.html", profile: "processes/budapest-process/index.html", country: "countries/gha/index.html" });
  expect(sizes.pages.explorer.own).toBeLessThan(40_000);
  expect(sizes.pages.profile.own).toBeLessThan(10_000);
  expect(sizes.pages.country.own).toBeLessThan(10_000);
  expect(gzipSync(readFileSync("out/processes/index.html")).length).toBeLessThan(80_000);
});
