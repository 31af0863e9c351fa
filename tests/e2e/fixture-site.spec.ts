/**
 * Against out-fixture/, built from tests/fixtures/valid: a record whose body carries a <script>,
 * an inline handler and a javascript: link.
 */
import { expect, test } from "@playwright/test";

test.use({ baseURL: "http://localhost:4175" });

test("a <script> in a record body does not reach the page or run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto("/processes/sample-process/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Sample Process");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  const bodyHtml = await page.locator("#about-heading ~ div").innerHTML();
  expect(bodyHtml).not.toMatch(/<script/i);
  expect(bodyHtml).not.toMatch(/javascript:/i);
  expect(dialogs).toEqual([]);
});
