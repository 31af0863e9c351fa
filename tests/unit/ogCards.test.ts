import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { LOCALES } from "@/lib/i18n/locales";
import { ogCards, ogImagePath, type OgCard, type OgKind } from "@/lib/ogCards";
import { batches, cardHash, estimateLines, OG_BATCH_SIZE, OG_HEIGHT, OG_WIDTH, renderCardPng, titleFit } from "@/lib/ogImage";
import { buildSiteData } from "@/lib/siteData";

const ROOT = path.resolve(import.meta.dirname, "../..");
const data = buildSiteData(loadContentFrom(ROOT));
const cards = ogCards(data);
const cardAt = (path: string): OgCard => {
  const card = cards.find((c) => c.path === path);
  if (!card) throw new Error(`no card at ${path}`);
  return card;
};
const texts = (card: OgCard) => [card.eyebrow, card.title, card.subtitle, ...(card.accent === undefined ? [] : [card.accent]), ...card.lines];

describe("ogImagePath", () => {
  it("is root-relative, by language, kind and id", () => {
    expect(ogImagePath("process", "midsa", "en")).toBe("/og/en/process/midsa.png");
    expect(ogImagePath("country", "GHA", "fr")).toBe("/og/fr/country/gha.png");
    expect(ogImagePath("region", "asia-pacific", "es")).toBe("/og/es/region/asia-pacific.png");
    expect(ogImagePath("theme", "labour-migration", "en")).toBe("/og/en/theme/labour-migration.png");
  });

  it("refuses an id that is not one", () => {
    expect(() => ogImagePath("process", "../etc/passwd", "en")).toThrow();
    expect(() => ogImagePath("theme", "", "en")).toThrow();
  });
});

describe("ogCards", () => {
  it("gives every process, named country, region and theme exactly one card per language, at ogImagePath", () => {
    const ids: [OgKind, string[]][] = [
      ["process", data.processes.map((p) => p.slug)],
      ["country", [...data.forumsByCountry.keys()]],
      ["region", data.registries.regions.map((r) => r.id)],
      ["theme", data.registries.themes.map((t) => t.id)],
    ];
    const expected = LOCALES.flatMap((locale) => ids.flatMap(([kind, list]) => list.map((id) => ogImagePath(kind, id, locale))));
    expect(cards.map((c) => c.path).sort()).toEqual(expected.sort());
    for (const card of cards) expect(card.path.startsWith(`/og/${card.locale}/`)).toBe(true);
  });

  it("publishes each image at its own path", () => {
    expect(new Set(cards.map((c) => c.path)).size).toBe(cards.length);
  });

  it("leaves no text empty and no placeholder unfilled", () => {
    for (const card of cards) {
      expect(card.lines.length, card.path).toBeGreaterThan(0);
      for (const text of texts(card)) {
        expect(text.trim(), card.path).not.toBe("");
        expect(text, card.path).not.toMatch(/[{}]/);
      }
    }
  });

  it("are plain data", () => {
    for (const card of cards) expect(JSON.parse(JSON.stringify(card))).toEqual(card);
  });

  it("say what each page is, in its language", () => {
    const bali = data.bySlug.get("bali-process")!;
    expect(cardAt("/og/en/process/bali-process.png").title).toBe(bali.name.en);
    expect(cardAt("/og/fr/process/bali-process.png").title).toBe(bali.name.fr);
    const midsa = cardAt("/og/en/process/midsa.png");
    expect(midsa.accent).toBe("MIDSA");
    expect(midsa.lines.join(" ")).toMatch(/\d+ member states/);
    expect(midsa.lines.join(" ")).toMatch(/\d{4}/);
    const ghana = data.countryByCode.get("GHA")!;
    const gha = cardAt("/og/fr/country/gha.png");
    expect(gha.title).toBe(ghana.names.fr);
    expect(gha.lines[0]).toContain(String(data.forumsByCountry.get("GHA")!.length));
    expect(gha.lines[1].split(" · ").length).toBeLessThanOrEqual(4);
  });

  it("fit every title in the room its card leaves, without cutting it", () => {
    for (const card of cards) {
      const { size, maxLines } = titleFit(card);
      expect(estimateLines(card.title, size, OG_WIDTH - 144), card.path).toBeLessThanOrEqual(maxLines);
    }
  });
});

describe("cardHash", () => {
  it("names a card by everything it shows", () => {
    const card = cardAt("/og/en/process/midsa.png");
    expect(cardHash({ ...card })).toBe(cardHash(card));
    expect(cardHash({ ...card, lines: [...card.lines, "x"] })).not.toBe(cardHash(card));
    expect(cardHash(card, "1,2,3,4")).not.toBe(cardHash(card, "1,2,3,5"));
  });
});

describe("batches", () => {
  it("splits N cards into ceil(N/150) batches, in order", () => {
    expect(OG_BATCH_SIZE).toBe(150);
    for (const n of [0, 1, 149, 150, 151, 300, cards.length, 2000]) {
      const items = Array.from({ length: n }, (_, i) => i);
      const runs = batches(items);
      expect(runs.length, String(n)).toBe(Math.ceil(n / 150));
      expect(runs.every((run) => run.length > 0 && run.length <= 150)).toBe(true);
      expect(runs.flat()).toEqual(items);
    }
  });
});

describe("renderCardPng", () => {
  it("draws a 1200×630 PNG", async () => {
    const png = await renderCardPng(cardAt("/og/en/process/abu-dhabi-dialogue.png"));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(OG_WIDTH);
    expect(png.readUInt32BE(20)).toBe(OG_HEIGHT);
    expect([OG_WIDTH, OG_HEIGHT]).toEqual([1200, 630]);
  });
});
