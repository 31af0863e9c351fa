import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { normalizeName } from "@/lib/text";
import { PROJECT_ROOT } from "./fixtures";

const { registries } = await loadContentFrom(PROJECT_ROOT);
const { resolve, byCode } = registries.countries;

describe("country registry", () => {
  it("folds case, accents, punctuation and a leading 'the'", () => {
    expect(normalizeName("  The Former Yugoslav Republic of Macedonia ")).toBe("former yugoslav republic of macedonia");
    expect(normalizeName("Côte d’Ivoire")).toBe("cote d ivoire");
  });

  it.each([
    ["Swaziland", "SWZ"],
    ["Turkey", "TUR"],
    ["Ivory Coast", "CIV"],
    ["Cote d'Ivoire", "CIV"],
    ["the former Yugoslav Republic of Macedonia", "MKD"],
    ["Czech Republic", "CZE"],
    ["Libyan Arab Jamahiriya", "LBY"],
    ["Iran (Islamic Republic of)", "IRN"],
    ["Cape Verde", "CPV"],
    ["Serbia and Montenegro", "SCG"],
  ])("resolves the variant %s to %s", (name, code) => {
    expect(resolve(name)).toEqual({ ok: true, code });
  });

  it("codes Kosovo XKX, not the package's UNK", () => {
    expect(resolve("Kosovo")).toEqual({ ok: true, code: "XKX" });
    expect(byCode.has("UNK")).toBe(false);
  });

  it("refuses ambiguous names", () => {
    expect(resolve("Korea").ok).toBe(false);
    expect(resolve("Congo").ok).toBe(false);
  });

  it("has all 193 UN member states, the two observer states, territories and former states", () => {
    const all = registries.countries.countries;
    expect(all.filter((c) => c.status === "un-member")).toHaveLength(193);
    expect(all.filter((c) => c.status === "un-observer").map((c) => c.code).sort()).toEqual(["PSE", "VAT"]);
    for (const code of ["HKG", "MAC", "NCL", "GUM", "BMU", "COK", "XKX", "PSE"]) expect(byCode.has(code), code).toBe(true);
    expect(byCode.get("SCG")?.status).toBe("historical");
  });
});
