/** Against out-fixture/, built from the valid fixture (tests/fixtures/valid): a small site still renders. */
import { expect, test } from "@playwright/test";

test.use({ baseURL: "http://localhost:4175" });

test("the fixture record renders with its facts, its body and its footnotes", async ({ page }) => {
  await page.goto("/processes/");
  await expect(page.getByRole("button", { name: "Download CSV" })).toBeEnabled();
  const link = page.locator("main ol li a").first();
  const href = await link.getAttribute("href");
  await page.goto(href!);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("#facts-heading")).toBeVisible();
  const footnote = page.locator('.prose a[href^="#user-content-fn"]').first();
  if (await footnote.count()) {
    const target = (await footnote.getAttribute("href"))!.slice(1);
    await expect(page.locator(`[id="${target}"]`)).toHaveCount(1);
  }
});
