import { expect, test } from "@playwright/test";

test("the home page lists every process, grouped by kind", async ({ page, request }) => {
  const processes = (await (await request.get("/data/processes.json")).json()) as { slug: string; name: string }[];
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where states talk about migration");
  for (const kind of ["Regional consultative processes", "Inter-regional forums", "Global processes"]) {
    await expect(page.getByRole("heading", { name: kind, level: 3 })).toBeVisible();
  }
  const listed = page.locator("#all-heading ~ div a[href*='/processes/']");
  await expect(listed).toHaveCount(processes.length);
  await expect(page.getByRole("link", { name: "Budapest Process", exact: true })).toBeVisible();
});

test("a profile shows its members by name, its sources and its facts", async ({ page }) => {
  await page.goto("/processes/midsa/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Migration Dialogue for Southern Africa");
  const members = page.getByRole("heading", { name: /^Members \(\d+\)$/ }).locator("xpath=following-sibling::ul[1]");
  await expect(members.getByRole("link", { name: "Eswatini" })).toBeVisible();
  await expect(members.getByRole("link", { name: "South Africa" })).toBeVisible();
  await expect(members).not.toContainText("ZAF");
  await expect(page.getByRole("heading", { name: "Sources" })).toBeVisible();
  await expect(page.locator("#sources-heading ~ ul")).toContainText("iom-iscm-2017");
});

test("a profile with members through a group says so", async ({ page }) => {
  await page.goto("/processes/eastern-partnership-panel/");
  await expect(page.getByText("(via European Union member states (28))").first()).toBeVisible();
});

test("the home search finds mechanisms and countries, including variant names", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel("Search mechanisms and countries").fill("Swaziland");
  const suggestions = page.getByRole("region", { name: "Search suggestions" });
  await expect(suggestions).toContainText("Eswatini — also Swaziland");
  await suggestions.getByRole("link", { name: "Eswatini" }).click();
  await expect(page).toHaveURL(/\/countries\/swz\/$/);
  await page.goto("/");
  await page.getByLabel("Search mechanisms and countries").fill("colombo");
  await expect(page.getByRole("region", { name: "Search suggestions" }).getByRole("link", { name: /Colombo Process/ })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the home search opens the explorer's full list with the text", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Search mechanisms and countries").fill("budapest");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/processes\/\?q=budapest$/);
    await expect(page.getByRole("link", { name: "Budapest Process", exact: true })).toBeVisible();
  });
});
