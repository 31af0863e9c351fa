/** The three jobs and the questions the users ask, each answered by one page or one filtered link. */
import { expect, test } from "@playwright/test";
import { explorerQuery, explorerReady } from "./helpers";

test("browse by region: a filter narrows the list, the URL says so, back steps through views", async ({ page }) => {
  await page.goto("/processes/");
  await explorerReady(page);
  await page.getByRole("group", { name: "Region" }).getByLabel(/^Africa/).check();
  await expect(page).toHaveURL(/\?region=africa$/);
  const count = await page.locator("#results-heading").textContent();
  expect(count).toMatch(/^\d+ of 44 mechanisms$/);
  await page.getByRole("group", { name: "Kind" }).getByLabel(/^Inter-regional forum/).check();
  await expect(page).toHaveURL(/region=africa&kind=irf/);
  await page.goBack();
  await expect(page).toHaveURL(/\?region=africa$/);
  await expect(page.locator("#results-heading")).toHaveText(count!);
  await expect(page).toHaveTitle(/^Africa: \d+ processes · RCP Explorer$/);
});

test("look up a country: type it in the header search, Enter lands on its page", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("combobox").first();
  await box.fill("Ghana");
  await expect(page.getByRole("option", { name: /^Ghana/ }).first()).toBeVisible();
  await box.press("Enter");
  await expect(page).toHaveURL(/\/countries\/gha\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ghana");
  await expect(page.getByRole("table")).toContainText("Migration Dialogue for West Africa");
});

test("the search is a combobox: arrow keys, Enter on the highlighted option, Escape closes", async ({ page }) => {
  await page.goto("/about/");
  const box = page.getByRole("combobox").first();
  await box.focus();
  await box.pressSequentially("icmpd");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  const active = await box.getAttribute("aria-activedescendant");
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute("aria-selected", "true");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  await box.press("ArrowDown");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/organizations\/icmpd\/$/);
});

test("a former name finds the country: Swaziland → Eswatini; a theme word finds the theme", async ({ page }) => {
  await page.goto("/search/?q=Swaziland");
  await expect(page.getByRole("link", { name: "Eswatini", exact: true })).toBeVisible();
  await page.goto("/search/?q=trafficking");
  await expect(page.getByRole("link", { name: "Trafficking in persons", exact: true })).toBeVisible();
});

test("share a profile: copy its link, open it fresh, get the same page", async ({ page, context, browser }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto("/processes/midsa/");
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("button", { name: "Copied" })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto(copied);
  await expect(fresh.getByRole("heading", { level: 1 })).toHaveText(await page.getByRole("heading", { level: 1 }).textContent() ?? "");
});

test("a shared filtered link reproduces the view, with roles per result", async ({ page }) => {
  await page.goto("/processes/?country=gha,tur&match=all&role=any");
  await explorerReady(page);
  expect(await explorerQuery(page)).toBe("country=gha,tur&role=any&match=all");
  const items = page.getByRole("listitem").filter({ hasText: "Ghana:" });
  await expect(items.first()).toContainText(/Ghana: (member|observer|partner|guest) · Türkiye: (member|observer|partner|guest)/);
});

test.describe("deep links for roles", () => {
  test("processes with no official secretariat", async ({ page }) => {
    await page.goto("/processes/?secretariat=none");
    await explorerReady(page);
    await expect(page.getByRole("button", { name: "Remove filter: No official secretariat" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Migration Dialogue for Southern Africa/ })).toBeVisible();
    await expect(page.getByRole("link", { name: /Budapest Process/ })).toHaveCount(0);
  });
  test("processes for which ICMPD is the secretariat", async ({ page }) => {
    await page.goto("/processes/?secretariat=icmpd&view=table");
    await explorerReady(page);
    await expect(page.getByRole("table")).toContainText("Budapest Process");
  });
  test("processes chaired by Ethiopia", async ({ page }) => {
    await page.goto("/processes/?chair=eth");
    await explorerReady(page);
    await expect(page.getByRole("link", { name: /Khartoum/ })).toBeVisible();
  });
});

test("the table view sorts from its headers, and the CSV is named after the filters", async ({ page }) => {
  await page.goto("/processes/?view=table&region=africa");
  await explorerReady(page);
  await page.getByRole("button", { name: /^Founded/ }).click();
  await expect(page).toHaveURL(/sort=founded/);
  const years = await page.locator("tbody tr td:nth-child(4)").allTextContents();
  const known = years.map((y) => Number(y)).filter((y) => y > 0);
  expect(known).toEqual([...known].sort((a, b) => a - b));
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^rcp-explorer_region-africa_.*\.csv$/);
});

test("clear all returns focus to the results heading; the empty state offers removals and a did-you-mean", async ({ page }) => {
  await page.goto("/processes/?q=Eswatini");
  await explorerReady(page);
  await expect(page.getByText("No mechanism matches all these filters.")).toBeVisible();
  await page.getByRole("button", { name: "the country Eswatini" }).click();
  await expect(page).toHaveURL(/country=swz/);
  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page.locator("#results-heading")).toBeFocused();
  await expect(page).toHaveURL(/\/processes\/$/);
});

test("compare two processes: how many members they share", async ({ page }) => {
  await page.goto("/compare/?p=budapest-process,prague-process");
  await expect(page.getByRole("heading", { name: /^Member: \d+ shared/ })).toBeVisible();
});

test("the timeline links every mechanism", async ({ page, request }) => {
  const processes = (await (await request.get("/data/processes.json")).json()) as { slug: string }[];
  await page.goto("/timeline/");
  for (const p of processes) await expect(page.locator(`svg a[href="/processes/${p.slug}/"]`), p.slug).toHaveCount(1);
});
