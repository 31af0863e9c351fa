/** Pages built around the answer, looked at as a user would: order, tables, maps, phones, keyboard, no JavaScript. */
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { axeViolations, noSidewaysScroll } from "./helpers";

const PAGE_TYPES = [
  "/",
  "/processes/",
  "/processes/?view=table",
  "/processes/budapest-process/",
  "/processes/soderkoping-process/",
  "/countries/",
  "/countries/usa/",
  "/regions/",
  "/regions/africa/",
  "/themes/",
  "/themes/labour-migration/",
  "/organizations/",
  "/organizations/iom/",
  "/sources/",
  "/sources/report/",
  "/sources/report/midsa/",
  "/about/",
  "/data/",
  "/compare/",
  "/compare/?c=gha,sen",
  "/timeline/",
  "/search/?q=ghana",
];

test.describe("every page type passes axe (WCAG 2.2 AA)", () => {
  for (const path of PAGE_TYPES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe("no sideways scroll at 360 px", () => {
  test.use({ viewport: { width: 360, height: 800 } });
  for (const path of PAGE_TYPES) {
    test(path, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      await noSidewaysScroll(page);
    });
  }
});

test("the Budapest profile leads with the answer: members come right after the key facts, history is a matrix", async ({ page }) => {
  await page.goto("/processes/budapest-process/");
  const order = await page.locator("main h2").allTextContents();
  const at = (heading: string) => order.indexOf(heading);
  expect(at("Key facts")).toBeLessThan(at("Participants"));
  expect(at("Participants")).toBeLessThan(at("Membership over time"));
  expect(at("Meetings and declarations")).toBeLessThan(at("About this data"));
  const facts = await page.locator("#facts-heading").boundingBox();
  const members = await page.getByRole("heading", { name: /^Member states/ }).boundingBox();
  expect(members!.y - facts!.y).toBeLessThan(2600);
  const matrix = page.getByRole("table", { name: /Who is listed in/ });
  await expect(matrix).toBeVisible();
  await expect(matrix.locator("thead th")).toContainText(["Country", "IOM 2003", "IOM 2005", "IOM 2009", "Harns 2013", "IOM 2017"]);
});

test("no source id is shown as text on any page type", async ({ page }) => {
  for (const path of PAGE_TYPES.filter((p) => p !== "/sources/" && p !== "/data/")) {
    await page.goto(path);
    const text = await page.locator("main").innerText();
    for (const id of ["iom-iscm-2017", "mc-inf-266", "scpf-30", "harns-2013", "iom-2005"]) expect(text, `${path} shows ${id}`).not.toContain(id);
  }
});

test("every status on a profile carries its date", async ({ page }) => {
  await page.goto("/processes/manila-process/");
  await expect(page.locator("header .badge").filter({ hasText: "No information since 2005" })).toBeVisible();
  await page.goto("/processes/");
  await expect(page.locator(".badge-active").first()).toHaveText(/^Active · \w+ 2017$/);
});

test("a country page is one table of forums with roles and their history; the lede agrees", async ({ page }) => {
  await page.goto("/countries/usa/");
  const table = page.getByRole("table", { name: /forums that name United States of America/ });
  await expect(table).toBeVisible();
  const budapest = table.getByRole("row", { name: /Budapest Process/ });
  await expect(budapest).toContainText("Member: Nov 2003–May 2005");
  await expect(budapest).toContainText(/Observer: May 2009/);
  const rows = await table.locator("tbody tr").count();
  await expect(page.locator(".lede")).toContainText(`named in ${rows} of the`);
});

test("Ethiopia's page shows the forums it chairs, even where the source leaves it off the member list", async ({ page }) => {
  await page.goto("/countries/eth/");
  const chairs = page.locator("section", { has: page.getByRole("heading", { name: "Chairs" }) });
  await expect(chairs).toContainText("Khartoum");
  await expect(page.getByRole("heading", { name: "Open to all UN member states" })).toBeVisible();
  await expect(page.locator("section", { has: page.getByRole("heading", { name: "Open to all UN member states" }) })).toContainText("Global Forum on Migration and Development");
});

test("maps mark every member with its role; small states are dots; the map has an accessible name", async ({ page }) => {
  const processes = JSON.parse(readFileSync("out/data/processes.json", "utf8")) as { slug: string; members: string[]; observerStates: string[] }[];
  const budapest = processes.find((p) => p.slug === "budapest-process")!;
  await page.goto("/processes/budapest-process/");
  const map = page.locator("figure svg").first();
  await expect(map).toHaveAttribute("role", /img|group/);
  for (const code of budapest.members) await expect(map.locator(`[data-iso3="${code}"][data-role="member"]`), code).toHaveCount(1);
  for (const code of budapest.observerStates) await expect(map.locator(`[data-iso3="${code}"][data-role="observer"]`), code).toHaveCount(1);
  await expect(map.locator('circle[data-iso3="MLT"]')).toHaveCount(1);
  await page.goto("/processes/pidc/");
  await expect(page.locator('figure svg [data-iso3="TUV"]')).toHaveCount(1);
  const geometry = await page.request.get("/maps/world.svg");
  expect(geometry.headers()["content-type"]).toContain("image/svg+xml");
});

test("/countries/ shows a map of forums per country with links, and the filter knows other names", async ({ page }) => {
  await page.goto("/countries/");
  await expect(page.locator('figure svg a [data-iso3="GHA"]')).toHaveCount(1);
  await page.getByLabel("Filter countries").fill("swazi");
  await expect(page.locator("#country-list").getByRole("link", { name: "Eswatini", exact: true })).toBeVisible();
  await expect(page.locator("#country-list").getByRole("link", { name: "Ghana", exact: true })).toBeHidden();
});

test("the data report reads cleanly at 360 px: rows stack into labelled blocks", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/sources/report/");
  const cell = page.locator("tbody tr").first().locator("td").first();
  const box = await cell.boundingBox();
  expect(box!.width).toBeGreaterThan(250);
  expect(await cell.evaluate((td) => getComputedStyle(td, "::before").content)).toContain("Status");
  await noSidewaysScroll(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the explorer shows its first page and says that filters need JavaScript", async ({ page }) => {
    await page.goto("/processes/?region=africa");
    await expect(page.getByText(/need JavaScript/).first()).toBeVisible();
    await expect(page.locator("main ol li a").first()).toBeVisible();
  });
  test("the overlap matrix and the timeline work", async ({ page }) => {
    await page.goto("/compare/");
    await expect(page.getByRole("table").first().locator('a[href*="/compare/?p="]').first()).toBeVisible();
    await page.goto("/timeline/");
    await expect(page.getByRole("table", { name: "The timeline as a table" })).toBeVisible();
  });
  test("the search form lands on a page that says what to do", async ({ page }) => {
    await page.goto("/");
    await page.locator('input[name="q"]').first().fill("Ghana");
    await page.getByRole("button", { name: "Search" }).first().click();
    await expect(page).toHaveURL(/\/search\/\?q=Ghana/);
    expect(await page.content()).toContain("Search needs JavaScript.");
  });
});

test("keyboard only: the skip link, then the main content; every control reachable", async ({ page }) => {
  await page.goto("/processes/");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.closest("main") !== null);
  expect(focused).toBe(true);
});
