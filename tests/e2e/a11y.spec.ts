import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/processes/?region=africa&kind=rcp&theme=labour-migration", "/processes/budapest-process/", "/countries/gha/", "/about/", "/countries/"];

for (const path of PAGES) {
  test(`axe finds no violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  });
}

test("a narrow phone screen does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", "/processes/", "/processes/budapest-process/", "/countries/"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("the explorer can be used with the keyboard alone", async ({ page }) => {
  await page.goto("/processes/");
  await page.getByLabel("Search by name").focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Country name")).toBeFocused();
  await page.keyboard.type("Ghana");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/country=gha/);
  await page.getByRole("group", { name: "Region" }).getByLabel(/^Africa/).focus();
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/region=africa/);
});
