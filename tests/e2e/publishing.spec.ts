/** Share, cite, discover and deploy: metadata, previews, JSON-LD, sitemap, open data, links, sizes, CSP. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { brokenLinks } from "./linkCheck";

const processes = JSON.parse(readFileSync("out/data/processes.json", "utf8")) as { slug: string; name: string; members: string[] }[];
const html = (file: string) => readFileSync(file, "utf8");
const meta = (page: string, attr: string, name: string) => page.match(new RegExp(`<meta ${attr}="${name}" content="([^"]*)"`))?.[1];

function pngSize(file: string): { width: number; height: number } {
  const buffer = readFileSync(file);
  expect(buffer.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

test("every profile, in each language, has its title, description, canonical, alternates and a 1200×630 preview", () => {
  for (const p of processes) {
    for (const [prefix, locale] of [["", "en"], ["/fr", "fr"], ["/es", "es"]] as const) {
      const page = html(`out${prefix}/processes/${p.slug}/index.html`);
      expect(/<title>[^<]+ · RCP Explorer<\/title>/.test(page), p.slug).toBe(true);
      expect(meta(page, "name", "description"), p.slug).toBeTruthy();
      expect(page.includes(`<link rel="canonical" href="http://localhost:3000${prefix}/processes/${p.slug}/"/>`), `${prefix} ${p.slug} canonical`).toBe(true);
      expect(page.includes(`hrefLang="x-default" href="http://localhost:3000/processes/${p.slug}/"`), `${prefix} ${p.slug} x-default`).toBe(true);
      const image = meta(page, "property", "og:image")!;
      expect(image).toBe(`http://localhost:3000/og/${locale}/process/${p.slug}.png`);
      expect(pngSize(`out${new URL(image).pathname}`)).toEqual({ width: 1200, height: 630 });
    }
  }
});

test("country, region and theme pages have preview images too", () => {
  for (const file of ["out/countries/gha/index.html", "out/fr/regions/africa/index.html", "out/es/themes/labour-migration/index.html"]) {
    const image = meta(html(file), "property", "og:image")!;
    expect(existsSync(`out${new URL(image).pathname}`), file).toBe(true);
  }
});

test("JSON-LD of profiles and country pages parses and says its language", () => {
  const ld = (file: string) => [...html(file).matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
  const [profile] = ld("out/fr/processes/midsa/index.html");
  expect(profile).toMatchObject({ "@type": "Organization", inLanguage: "fr-FR" });
  expect(profile.member.length).toBe(processes.find((p) => p.slug === "midsa")!.members.length);
  const [country] = ld("out/countries/swz/index.html");
  expect(country).toMatchObject({ "@type": "Country", identifier: "SWZ", name: "Eswatini" });
});

test("the sitemap lists every page in all three languages; robots.txt points to it", () => {
  const sitemap = html("out/sitemap.xml");
  const urls = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].replace("http://localhost:3000", "")));
  for (const p of processes) for (const prefix of ["", "/fr", "/es"]) expect(urls.has(`${prefix}/processes/${p.slug}/`), p.slug).toBe(true);
  const countries = parse(readFileSync("out/data/countries.csv"), { columns: true }) as { iso3: string }[];
  for (const c of countries) expect(urls.has(`/es/countries/${c.iso3.toLowerCase()}/`), c.iso3).toBe(true);
  expect(html("out/robots.txt")).toContain("Sitemap: http://localhost:3000/sitemap.xml");
});

test("the open data: every catalogued file exists; memberships.csv has the contract's header; one JSON per record", () => {
  for (const file of ["processes.json", "processes.schema.json", "memberships.csv", "membership-history.csv", "membership-changes.csv", "membership-spells.csv", "membership-panel.csv", "processes.csv", "countries.csv", "datapackage.json", "version.json", "changes.xml", "themes.json", "organizations.json"]) {
    expect(existsSync(`out/data/${file}`), file).toBe(true);
  }
  expect(html("out/data/memberships.csv").split("\r\n")[0]).toBe("process_slug,process_name,country_iso3,country_name,role,via_group,process_status,as_of,source");
  for (const p of processes) expect(JSON.parse(html(`out/data/processes/${p.slug}.json`)).slug).toBe(p.slug);
  const pkg = JSON.parse(html("out/data/datapackage.json"));
  for (const resource of pkg.resources.filter((r: { format: string }) => r.format === "csv")) {
    const header = html(`out/data/${resource.path}`).split("\r\n")[0];
    expect(header, resource.path).toBe(resource.schema.fields.map((f: { name: string }) => f.name).join(","));
  }
  expect(pkg.licenses[0].name).toBe("CC-BY-4.0");
  const panel = parse(readFileSync("out/data/membership-panel.csv"), { columns: true }) as Record<string, string>[];
  const ghanaMidwa = panel.filter((r) => r.country_iso3 === "GHA" && r.process_slug === "midwa");
  expect(ghanaMidwa.filter((r) => r.status === "member").length).toBeGreaterThan(0);
  expect(ghanaMidwa.every((r) => ["member", "not-covered", "not-in-existence", "not-listed"].includes(r.status))).toBe(true);
});

test("every internal link, asset and #fragment of the export resolves", () => {
  expect(brokenLinks("out")).toEqual([]);
});

/** Size budgets in bytes (deterministic): the page's HTML, and our own JavaScript above the framework. */
test("size budgets", () => {
  const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
  const scripts = (file: string) => [...html(file).matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]);
  const floor = new Set(scripts("out/404.html"));
  const own = (file: string) => scripts(file).filter((s) => !floor.has(s)).reduce((n, s) => n + gz(`out${s}`), 0);
  expect(gz("out/processes/index.html"), "explorer HTML").toBeLessThan(30_000);
  expect(gz("out/index.html"), "home HTML").toBeLessThan(30_000);
  expect(gz("out/data/explorer-index.json"), "explorer index").toBeLessThan(120_000);
  expect(own("out/processes/index.html"), "explorer JS").toBeLessThan(25_000);
  expect(own("out/processes/budapest-process/index.html"), "profile JS").toBeLessThan(5_000);
  expect(own("out/countries/index.html"), "lookup JS").toBeLessThan(5_000);
  expect(own("out/countries/gha/index.html"), "country JS").toBeLessThan(5_000);
  expect(gz("out/processes/budapest-process/index.html"), "largest profile").toBeLessThan(80_000);
  expect(gz("out/countries/index.html"), "/countries/").toBeLessThan(80_000);
  expect(gz("out/maps/world.svg"), "map geometry").toBeLessThan(45_000);
  const pages: string[] = [];
  const walk = (dir: string) => readdirSync(dir).forEach((n) => (statSync(path.join(dir, n)).isDirectory() ? walk(path.join(dir, n)) : n.endsWith(".html") && pages.push(path.join(dir, n))));
  walk("out");
  const over = pages.filter((p) => gz(p) > 150_000);
  expect(over).toEqual([]);
});

test("pages run under the README's Content-Security-Policy, loading nothing from elsewhere", async ({ page }) => {
  const violations: string[] = [];
  const external: string[] = [];
  page.on("console", (m) => m.text().includes("Content Security Policy") && violations.push(m.text()));
  page.on("request", (r) => !r.url().startsWith("http://localhost:4173") && !r.url().startsWith("data:") && external.push(r.url()));
  for (const path of ["/", "/processes/?region=africa", "/processes/budapest-process/", "/countries/"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"]).toContain("default-src 'self'");
    await expect(page.locator("main")).toBeVisible();
  }
  expect(violations).toEqual([]);
  expect(external).toEqual([]);
});

test("unknown paths get the 404 page with links in every language", async ({ page }) => {
  const response = await page.goto("/no-such-page/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "Français" })).toBeVisible();
});
