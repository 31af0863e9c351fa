/** The same site under a base path (BASE_PATH=/rcp → out-basepath/). */
import { expect, test } from "@playwright/test";
import { brokenLinks } from "./linkCheck";

test.use({ baseURL: "http://localhost:4174" });

test("every link, asset, image and data file resolves under /rcp", () => {
  expect(brokenLinks("out-basepath", "/rcp")).toEqual([]);
});

test("pages, styles, the explorer, the maps and data files work under the base path", async ({ page }) => {
  await page.goto("/rcp/processes/?region=africa");
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled();
  await expect(page.locator("#results-heading")).toContainText(/^\d+ of 44/);
  await page.getByRole("link", { name: /Migration Dialogue for Southern Africa/ }).first().click();
  await expect(page).toHaveURL(/\/rcp\/processes\/midsa\/$/);
  await expect(page.locator("figure svg use").first()).toHaveAttribute("href", /^\/rcp\/maps\/world\.svg#/);
  const css = await page.evaluate(() => getComputedStyle(document.querySelector("header")!).backgroundColor);
  expect(css).not.toBe("rgba(0, 0, 0, 0)");
  const data = await page.request.get("/rcp/data/processes.json");
  expect(data.ok()).toBe(true);
  expect(((await data.json()) as { url: string }[])[0].url).toMatch(/^\/rcp\/processes\//);
  await page.goto("/rcp/fr/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
});
