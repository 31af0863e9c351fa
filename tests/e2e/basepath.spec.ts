/** The export under a sub-path (BASE_PATH=/rcp), served from out-basepath/. */
import { expect, test } from "@playwright/test";
import { brokenLinks } from "./linkCheck";

test.use({ baseURL: "http://localhost:4174" });

test("every link, asset, image and data file resolves under /rcp", () => {
  expect(brokenLinks("out-basepath", "/rcp")).toEqual([]);
});

test("pages, styles, the explorer and data files work under the base path", async ({ page, request }) => {
  const failed: string[] = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
  await page.goto("/rcp/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.getByRole("link", { name: "Processes", exact: true }).first().click();
  await expect(page).toHaveURL(/\/rcp\/processes\/$/);
  await page.getByRole("group", { name: "Region" }).getByLabel(/^Africa/).check();
  await expect(page).toHaveURL(/\/rcp\/processes\/\?region=africa$/);
  await page.getByRole("link", { name: /Migration Dialogue for Southern Africa/ }).click();
  await expect(page).toHaveURL(/\/rcp\/processes\/midsa\/$/);
  const processes = (await (await request.get("/rcp/data/processes.json")).json()) as { url: string }[];
  expect(processes[0].url).toMatch(/^\/rcp\/processes\//);
  expect((await request.get("/rcp/og/midsa.png")).headers()["content-type"]).toBe("image/png");
  const ogImage = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBe("http://localhost:3000/rcp/og/midsa.png");
  expect(failed).toEqual([]);
});
