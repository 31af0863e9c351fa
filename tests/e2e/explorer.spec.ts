import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";

const resultSlugs = (page: Page) =>
  page.locator('section[aria-label="Results"] h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/").at(-2)));

async function openExplorer(page: Page, query = "") {
  await page.goto(`/processes/${query}`);
  await expect(page.getByRole("status").filter({ hasText: /mechanisms/ })).toBeVisible();
}

test("browse by region: the filter narrows the list and the URL says so", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("group", { name: "Region" }).getByLabel(/^Africa/).check();
  await expect(page).toHaveURL(/\/processes\/\?region=africa$/);
  const slugs = await resultSlugs(page);
  expect(slugs).toContain("midsa");
  expect(slugs).not.toContain("budapest-process");
  await expect(page.getByRole("status").filter({ hasText: /mechanisms/ })).toHaveText(new RegExp(`^${slugs.length} of \\d+ mechanisms$`));
});

test("a country found by a variant name filters to its forums, widening to other roles", async ({ page }) => {
  await openExplorer(page);
  const input = page.getByLabel("Country name");
  await input.fill("Swaziland");
  await input.press("Enter");
  await expect(page.getByRole("button", { name: /Eswatini/ })).toBeVisible();
  await expect(page).toHaveURL(/country=swz/);
  expect(await resultSlugs(page)).toContain("midsa");

  await openExplorer(page, "?country=aus");
  const membersOnly = await resultSlugs(page);
  await page.getByLabel("Also as observer, partner or guest").check();
  await expect(page).toHaveURL(/role=any/);
  const anyRole = await resultSlugs(page);
  expect(membersOnly).not.toContain("budapest-process");
  expect(anyRole).toContain("budapest-process");
});

test("copy the link, open it in a fresh page and get the same results", async ({ page, browser, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await openExplorer(page);
  await page.getByRole("group", { name: "Kind" }).getByLabel(/^Inter-regional forums/).check();
  await page.getByRole("group", { name: "Region" }).getByLabel(/^Africa/).check();
  await page.getByLabel("Sort").selectOption("-founded");
  await expect(page).toHaveURL(/sort=-founded/);
  const expected = await resultSlugs(page);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole("status").filter({ hasText: /mechanisms/ })).toHaveText(new RegExp(`^${expected.length} of \\d+ mechanisms$`));
  expect(await resultSlugs(fresh)).toEqual(expected);
  await expect(fresh.getByRole("group", { name: "Region" }).getByLabel(/^Africa/)).toBeChecked();
});

test("back and forward step through filter changes", async ({ page }) => {
  await openExplorer(page);
  await page.getByRole("group", { name: "Region" }).getByLabel(/^Europe/).check();
  await expect(page).toHaveURL(/region=europe$/);
  const europe = await resultSlugs(page);
  await page.getByRole("group", { name: "Status" }).getByLabel(/^Inactive/).check();
  await expect(page).toHaveURL(/region=europe&status=inactive$/);
  const inactive = await resultSlugs(page);
  expect(inactive.length).toBeLessThan(europe.length);

  await page.goBack();
  await expect(page).toHaveURL(/region=europe$/);
  await expect(page.getByRole("group", { name: "Status" }).getByLabel(/^Inactive/)).not.toBeChecked();
  expect(await resultSlugs(page)).toEqual(europe);
  await page.goForward();
  await expect(page).toHaveURL(/status=inactive$/);
  expect(await resultSlugs(page)).toEqual(inactive);
});

test("text search is accent-insensitive and reaches former names", async ({ page }) => {
  await openExplorer(page);
  await page.getByLabel("Search by name").fill("soderkoping");
  await expect.poll(() => resultSlugs(page)).toContain("soderkoping-process");
  await expect(page).toHaveURL(/q=soderkoping/);
  await page.getByLabel("Search by name").fill("lima process");
  await expect.poll(() => resultSlugs(page)).toEqual(["south-american-conference-on-migration"]);
});

test("the CSV download holds exactly the filtered rows", async ({ page }) => {
  await openExplorer(page, "?theme=labour-migration&region=asia-pacific");
  const shown = await resultSlugs(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  const rows = parse(readFileSync(await download.path()), { columns: true }) as Record<string, string>[];
  expect(rows.map((r) => r.slug)).toEqual(shown);
  expect(Object.keys(rows[0])).toContain("foundedYear");
});

test("unknown values in a shared link are ignored with a visible note; an empty view suggests removals", async ({ page }) => {
  await openExplorer(page, "?region=atlantis&kind=irf");
  await expect(page.getByText("Some values in this link were not recognised and are ignored: region=atlantis.")).toBeVisible();
  await openExplorer(page, "?region=africa&q=budapest");
  await expect(page.getByText("No mechanism matches all of these filters.")).toBeVisible();
  await page.getByRole("button", { name: /Remove search/ }).click();
  await expect(page).toHaveURL(/\?region=africa$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the explorer is the full list of mechanisms with links to the lookups", async ({ page, request }) => {
    const all = (await (await request.get("/data/processes.json")).json()) as unknown[];
    await page.goto("/processes/");
    await expect(page.locator("main ul a[href*='/processes/']")).toHaveCount(all.length);
    await expect(page.getByRole("navigation", { name: "Lookups" }).getByRole("link", { name: "By country" })).toBeVisible();
  });
});
