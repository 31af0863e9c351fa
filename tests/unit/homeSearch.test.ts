import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { searchTextOf } from "@/lib/explorer/entries";
import { homeSearch, searchableCountry } from "@/lib/homeSearch";
import { PROJECT_ROOT } from "./fixtures";

const { processes, registries } = await loadContentFrom(PROJECT_ROOT);
const mechanisms = processes.map((p) => ({ slug: p.slug, name: p.name.en, acronym: p.acronym ?? null, searchText: searchTextOf(p) }));
const countries = registries.countries.countries.map((c) => searchableCountry(c.code, c.name, c.variants));
const variants = (code: string) => registries.countries.byCode.get(code)?.variants ?? [];
const search = (q: string) => homeSearch(q, mechanisms, countries, variants);

describe("home search", () => {
  it("finds mechanisms by name, acronym and former name", () => {
    expect(search("budapest").mechanisms.map((m) => m.slug)).toContain("budapest-process");
    expect(search("MIDSA").mechanisms.map((m) => m.slug)).toEqual(["midsa"]);
    expect(search("lima").mechanisms.map((m) => m.slug)).toContain("south-american-conference-on-migration");
  });

  it("finds countries by a variant name and says which variant matched", () => {
    const [eswatini] = search("Swaziland").countries;
    expect(eswatini).toMatchObject({ code: "SWZ", name: "Eswatini", matchedVariant: "Swaziland" });
    expect(search("turkey").countries[0].code).toBe("TUR");
    expect(search("ivory").countries[0].code).toBe("CIV");
  });

  it("ranks names that start with the text first", () => {
    expect(search("ger").countries[0].code).toBe("DEU");
  });

  it("returns nothing for blank text", () => {
    expect(search("  ")).toEqual({ mechanisms: [], countries: [] });
  });
});
