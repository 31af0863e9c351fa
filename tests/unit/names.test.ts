import { describe, expect, it } from "vitest";
import { buildNameIndex, editDistance, foldName, foldWords, initialOf, matchesAllWords } from "@/lib/names";

describe("names: one folding rule", () => {
  it.each([
    ["Côte d’Ivoire", "cote d ivoire"],
    ["TÜRKİYE", "turkiye"],
    ["The Gambia", "gambia"],
    ["São Tomé and Príncipe", "sao tome and principe"],
    ["Guinea-Bissau", "guinea bissau"],
    ["  Lao   PDR ", "lao pdr"],
    ["Le Niger", "niger"],
  ])("%s → %s", (name, folded) => expect(foldName(name)).toBe(folded));

  it("files names under their folded initial", () => {
    expect(initialOf("Åland")).toBe("A");
    expect(initialOf("Éswatini")).toBe("E");
    expect(initialOf("1. Test")).toBe("#");
  });

  it("matches every word of a query, in any order", () => {
    expect(matchesAllWords(foldName("Regional Conference on Migration (Puebla Process)"), foldWords("puebla conférence"))).toBe(true);
    expect(matchesAllWords(foldName("Bali Process"), foldWords("bali budapest"))).toBe(false);
  });

  it("measures edits", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });
});

describe("names: the index", () => {
  const index = buildNameIndex([
    { id: "SWZ", names: ["Eswatini", "Swaziland", "Kingdom of Eswatini"] },
    { id: "GHA", names: ["Ghana", "Republic of Ghana"] },
    { id: "GIN", names: ["Guinea"] },
    { id: "GNB", names: ["Guinea-Bissau"] },
  ]);

  it("finds a country by a former name, exactly", () => expect(index.exact("swaziland")).toEqual(["SWZ"]));
  it("ranks an exact name before a prefix before a word prefix before a substring", () => {
    expect(index.search("guinea").map((m) => [m.id, m.rank])).toEqual([
      ["GIN", 0],
      ["GNB", 1],
    ]);
    expect(index.search("ghana")[0]).toMatchObject({ id: "GHA", rank: 0 });
    expect(index.search("of gha")[0]).toMatchObject({ id: "GHA", rank: 2 });
    expect(index.search("wazi")[0]).toMatchObject({ id: "SWZ", rank: 3, name: "Swaziland" });
  });
  it("returns one match per id, the best", () => expect(index.search("eswatini")).toHaveLength(1));
  it("suggests the nearest name for a typo, and nothing for a different word", () => {
    expect(index.nearest("Ghanna")).toBe("GHA");
    expect(index.nearest("Atlantis")).toBeUndefined();
  });
});
