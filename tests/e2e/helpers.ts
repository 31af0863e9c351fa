import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe with the WCAG 2.2 A and AA rules; returns the violations (rule id and first target). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`);
}

/** The explorer has loaded its index when its controls are enabled (the view toggle is, whatever the results). */
export async function explorerReady(page: Page): Promise<void> {
  await expect(page.getByRole("group", { name: "View" }).getByRole("button").first()).toBeEnabled();
}

/** The canonical query the explorer says it shows. */
export async function explorerQuery(page: Page): Promise<string | null> {
  return page.locator("output[data-query]").getAttribute("data-query");
}

export async function noSidewaysScroll(page: Page): Promise<void> {
  const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
  expect(scroll, "page scrolls sideways").toBeLessThanOrEqual(width);
}
