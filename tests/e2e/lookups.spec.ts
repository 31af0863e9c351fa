import { expect, test } from "@playwright/test";

test("a region lists its processes by kind and links to their profiles", async ({ page }) => {
  await page.goto("/regions/");
  await page.getByRole("link", { name: "Africa", exact: true }).click();
  await expect(page).toHaveURL(/\/regions\/africa\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Africa");
  await expect(page.getByRole("heading", { level: 2, name: /^Regional consultative processes/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Filter them further in the explorer" })).toHaveAttribute("href", "/processes/?region=africa");
  await page.getByRole("link", { name: "Migration Dialogue for Southern Africa" }).click();
  await expect(page).toHaveURL(/\/processes\/midsa\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Migration Dialogue for Southern Africa");
});

test("the type-ahead finds a country by a former name and its page lists its forums by role", async ({ page }) => {
  await page.goto("/countries/");
  const search = page.getByRole("searchbox", { name: "Find a country" });
  await search.fill("Swaziland");
  const eswatini = page.locator("[data-country-row='SWZ']");
  await expect(eswatini).toBeVisible();
  await expect(eswatini).toContainText("Swaziland");
  await expect(page.locator("[data-country-row='GHA']")).toBeHidden();
  await expect(page.locator("[data-country-row]:visible")).toHaveCount(1);
  await expect(page.getByRole("status")).toHaveText("1 country shown");
  await expect(page.getByRole("heading", { name: "A", exact: true })).toBeHidden();

  await search.fill("");
  await expect(page.locator("[data-country-row='GHA']")).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^\d{3} countries shown$/);

  await search.fill("swazi");
  await eswatini.getByRole("link", { name: "Eswatini" }).click();
  await expect(page).toHaveURL(/\/countries\/swz\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eswatini");
  const members = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /^Member \(\d+\)$/ }) });
  await expect(members.getByRole("link", { name: "Migration Dialogue for Southern Africa" })).toHaveAttribute("href", "/processes/midsa/");
  await expect(members).toContainText(/as of \w+ \d{4}, source/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the country list is complete, carries the other names, and has no inert search box", async ({ page }) => {
    await page.goto("/countries/");
    await expect(page.getByRole("searchbox")).toHaveCount(0);
    const eswatini = page.locator("[data-country-row='SWZ']");
    await expect(eswatini).toContainText("Swaziland");
    await expect(eswatini).toBeVisible();
    await expect(page.locator("[data-country-row='GHA']")).toBeVisible();
    await page.getByRole("link", { name: "E", exact: true }).click();
    await expect(page).toHaveURL(/#letter-E$/);
  });

  test("a country page lists its forums", async ({ page }) => {
    await page.goto("/countries/swz/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Eswatini");
    await expect(page.getByRole("link", { name: "Migration Dialogue for Southern Africa" })).toBeVisible();
  });

  test("a region, a theme and an organisation page work as plain HTML", async ({ page }) => {
    await page.goto("/regions/africa/");
    await expect(page.getByRole("link", { name: "Migration Dialogue for Southern Africa" })).toBeVisible();
    await page.goto("/themes/labour-migration/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Labour migration");
    await expect(page.getByRole("link", { name: "Colombo Process", exact: false }).first()).toBeVisible();
    await page.goto("/organizations/icmpd/");
    await expect(page.getByRole("link", { name: "Budapest Process", exact: true })).toBeVisible();
  });
});

test("a country in no recorded forum says so", async ({ page }) => {
  await page.goto("/countries/mco/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Monaco");
  await expect(page.getByText(/^Monaco is not listed as taking part in any of the \d+ mechanisms recorded here\.$/)).toBeVisible();
});

test("a member through a group is shown with the group", async ({ page }) => {
  await page.goto("/countries/fra/");
  const viaGroup = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /^Member via a group/ }) });
  await expect(viaGroup.getByText("via European Union member states (28)").first()).toBeVisible();
});

test("every country listed has a page, and every theme has one even when no process carries it", async ({ page, request }) => {
  await page.goto("/countries/");
  const hrefs = await page.locator("[data-country-row] a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.length).toBeGreaterThan(200);
  for (const href of hrefs) expect((await request.get(href!)).status(), href!).toBe(200);

  await page.goto("/themes/");
  const themes = await page.locator("main h2 a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  for (const href of themes) expect((await request.get(href!)).status(), href!).toBe(200);
  await expect(page.getByText(/^0 processes$/).first()).toBeVisible();
});

test("an organisation page lists the processes it serves as secretariat", async ({ page }) => {
  await page.goto("/organizations/icmpd/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("International Centre for Migration Policy Development");
  const secretariat = page.locator("section", { has: page.getByRole("heading", { level: 2, name: /^As secretariat/ }) });
  await expect(secretariat.getByRole("link", { name: "Budapest Process", exact: true })).toHaveAttribute("href", "/processes/budapest-process/");
});

test("the sources page anchors each document and lists the records citing it", async ({ page }) => {
  await page.goto("/sources/#iom-iscm-2017");
  const newest = page.locator("#iom-iscm-2017");
  await expect(newest).toBeInViewport();
  await expect(newest.getByRole("heading", { level: 3 })).toContainText(/Cited by \d+ records/);
  await expect(newest.getByRole("link", { name: "Budapest Process", exact: true })).toBeVisible();
});

test("the about page links to the sources, the data and the corrections address", async ({ page }) => {
  await page.goto("/about/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^About /);
  const main = page.getByRole("main");
  await expect(main.getByRole("link", { name: "sources page" })).toHaveAttribute("href", "/sources/");
  await expect(main.getByRole("link", { name: "open data page" })).toHaveAttribute("href", "/data/");
  await expect(main.getByRole("link", { name: "tell us" })).toHaveAttribute("href", /.+/);
});
