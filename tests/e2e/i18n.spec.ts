/** The whole site in English, French and Spanish: languages, names, alternates, no English left in the interface. */
import { expect, test } from "@playwright/test";
import { en } from "../../src/lib/i18n/dictionaries/en";
import { fr } from "../../src/lib/i18n/dictionaries/fr";
import { es } from "../../src/lib/i18n/dictionaries/es";
import { axeViolations } from "./helpers";

test("/fr/processes/budapest-process/ is in French and names the process in French", async ({ page }) => {
  await page.goto("/fr/processes/budapest-process/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Processus de Budapest");
});

test("/es/countries/deu/ says Alemania", async ({ page }) => {
  await page.goto("/es/countries/deu/");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alemania");
});

test("/fr/processes/?region=africa filters with French labels", async ({ page }) => {
  await page.goto("/fr/processes/?region=africa");
  await expect(page.getByRole("button", { name: /Afrique/ }).first()).toBeVisible();
  await expect(page.locator("#results-heading")).toContainText(/sur 44/);
});

test("every page links its other languages, reciprocally (hreflang), and the switch keeps the query", async ({ page }) => {
  for (const path of ["/", "/processes/midsa/", "/countries/gha/", "/data/"]) {
    await page.goto(path);
    const alternates = await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), new URL(l.getAttribute("href")!).pathname]));
    expect(alternates).toEqual([
      ["en", path],
      ["fr", `/fr${path}`],
      ["es", `/es${path}`],
      ["x-default", path],
    ]);
    await page.goto(`/fr${path}`);
    const back = await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute("href");
    expect(new URL(back!).pathname).toBe(path);
  }
  await page.goto("/processes/?region=europe");
  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(/\/es\/processes\/\?region=europe$/);
});

/** Every interface string of the English dictionary that the language says differently. */
function englishOnly(other: typeof fr): string[] {
  const out: string[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (typeof a === "string" && typeof b === "string") {
      if (a !== b && a.length > 12 && !a.includes("{")) out.push(a);
    } else if (a && typeof a === "object" && b && typeof b === "object") {
      for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
    }
  };
  walk(en, other);
  return [...new Set(out)];
}

test("French and Spanish pages show none of the English interface strings", async ({ page }) => {
  expect(englishOnly(fr).length).toBeGreaterThan(50);
  for (const path of ["/fr/", "/fr/processes/", "/fr/processes/midsa/", "/fr/countries/gha/", "/es/regions/africa/", "/es/data/", "/es/about/", "/fr/timeline/", "/es/compare/"]) {
    await page.goto(path);
    // Text marked as English (record bodies, notes, source titles) is English by design.
    const text = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      body.querySelectorAll('[lang="en"], script, style, title, noscript').forEach((el) => el.remove());
      return body.textContent ?? "";
    });
    const found = englishOnly(path.startsWith("/fr") ? fr : es).filter((s) => text.includes(s));
    expect(found, path).toEqual([]);
  }
});

test.describe("axe on French and Spanish pages", () => {
  for (const path of ["/fr/", "/fr/processes/budapest-process/", "/es/countries/deu/", "/es/processes/"]) {
    test(path, async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
