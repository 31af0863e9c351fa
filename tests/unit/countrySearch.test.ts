import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { countriesShownLabel, countrySearchEntry, matchCountries } from "@/lib/countrySearch";
import { PROJECT_ROOT } from "./fixtures";

const entries = [
  { code: "SWZ", name: "Eswatini", variants: ["Kingdom of Eswatini", "Swaziland"] },
  { code: "CIV", name: "Ivory Coast", variants: ["Côte d'Ivoire", "Republic of Côte d'Ivoire"] },
  { code: "GHA", name: "Ghana", variants: ["Republic of Ghana"] },
  { code: "AFG", name: "Afghanistan", variants: [] },
  { code: "ALA", name: "Åland Islands", variants: [] },
].map(countrySearchEntry);

const codes = (query: string) => [...matchCountries(entries, query).codes].sort();

describe("country type-ahead", () => {
  it("shows every country for a blank query", () => {
    expect(codes("")).toEqual(["AFG", "ALA", "CIV", "GHA", "SWZ"]);
    expect(codes("   ")).toHaveLength(5);
  });

  it("matches a variant name as well as the name", () => {
    expect(codes("Swaziland")).toEqual(["SWZ"]);
    expect(codes("eswat")).toEqual(["SWZ"]);
  });

  it("ignores case, accents, punctuation and spaces", () => {
    expect(codes("COTE D'IVOIRE")).toEqual(["CIV"]);
    expect(codes("cote divoire")).toEqual(["CIV"]);
    expect(codes("Côte d’Ivoire")).toEqual(["CIV"]);
    expect(codes("aland")).toEqual(["ALA"]);
  });

  it("matches anywhere in a name, and an exact ISO code", () => {
    expect(codes("gha")).toEqual(["AFG", "GHA"]);
    expect(codes("civ")).toEqual(["CIV"]);
    expect(codes("xyz")).toEqual([]);
  });

  it("reports the initials that still have a match, so empty letter groups can be hidden", () => {
    expect([...matchCountries(entries, "swaziland").initials]).toEqual(["E"]);
    expect([...matchCountries(entries, "a").initials].sort()).toEqual(["A", "E", "G", "I"]);
    expect(entries.find((e) => e.code === "ALA")?.initial).toBe("A");
  });

  it("words the live-region count", () => {
    expect(countriesShownLabel(239)).toBe("239 countries shown");
    expect(countriesShownLabel(1)).toBe("1 country shown");
    expect(countriesShownLabel(0)).toBe("0 countries shown");
  });

  it("finds Eswatini alone by its former name in the real registry", async () => {
    const { registries } = await loadContentFrom(PROJECT_ROOT);
    const all = registries.countries.countries.map(countrySearchEntry);
    expect([...matchCountries(all, "Swaziland").codes]).toEqual(["SWZ"]);
    expect([...matchCountries(all, "former Yugoslav").codes]).toEqual(["MKD"]);
    expect(matchCountries(all, "").codes.size).toBe(registries.countries.countries.length);
  });
});
