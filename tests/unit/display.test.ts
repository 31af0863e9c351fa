/** Claims, search, citations, routes, summaries and the display rules: one rule each, tested once. */
import { describe, expect, it } from "vitest";
import { claimKey, claimMatrix, contested } from "@/lib/claims";
import { bibtexEscape, citationBibtex, citationText } from "@/lib/citation";
import { describeProcess } from "@/lib/describe";
import { displayName, withAcronym } from "@/lib/displayNames";
import { formatPartialDate } from "@/lib/i18n/dates";
import { dictionary } from "@/lib/i18n";
import { statusLabel } from "@/lib/i18n/status";
import { pathOf } from "@/lib/routes";
import { decisiveHit, searchEngine } from "@/lib/search";
import { buildSearchIndex } from "@/lib/searchIndex";
import { realSite } from "./siteData";

const data = realSite();

describe("sources differ: only real differences", () => {
  it.each([
    ["MIDSA (Migration Dialogue for Southern Africa)", "Migration Dialogue for Southern Africa (MIDSA)"],
    ["ICMPD", "icmpd"],
    ["Söderköping Process", "soderkoping process"],
  ])("%s agrees with %s", (a, b) => expect(claimKey(a)).toBe(claimKey(b)));
  it("keeps a real difference", () => expect(claimKey("1991")).not.toBe(claimKey("1993")));

  it("flags Budapest's founding year inline: 1 source of several says 1993", () => {
    const found = contested(data.bySlug.get("budapest-process")!, "foundedYear")!;
    expect(found.differing.map((c) => c.value)).toEqual([1993]);
    expect(found.total).toBeGreaterThan(1);
  });
  it("does not list name claims that are the record's own names as differences", () => {
    const names = claimMatrix(data.bySlug.get("midsa")!).find((r) => r.key === "name")!;
    expect([...names.cells.values()].filter((c) => c.differs).map((c) => c.claim.source)).toEqual(["scpf-30"]);
  });
});

describe("one search that takes you there", () => {
  const engine = searchEngine(JSON.parse(JSON.stringify(buildSearchIndex(data))));
  it("Enter on a country name opens the country", () => expect(decisiveHit(engine.search("Ghana", "en"))).toMatchObject({ kind: "country", id: "GHA" }));
  it("a former name finds the country and says which name matched", () => expect(engine.search("Swaziland", "en")[0]).toMatchObject({ id: "SWZ", label: "Eswatini", matched: "Swaziland" }));
  it("an acronym finds the organisation", () => expect(engine.search("ICMPD", "en").find((h) => h.kind === "organization")?.id).toBe("icmpd"));
  it("a word finds the theme with its count", () => {
    const theme = engine.search("trafficking", "en").find((h) => h.kind === "theme" && h.id === "trafficking-in-persons")!;
    expect(theme.count).toBe(data.byTheme.get("trafficking-in-persons")!.length);
    expect(theme.count).toBeGreaterThan(20);
  });
  it("names in French find the same things", () => {
    expect(decisiveHit(engine.search("Allemagne", "fr"))).toMatchObject({ id: "DEU" });
    expect(engine.search("Processus de Budapest", "fr")[0]).toMatchObject({ kind: "process", id: "budapest-process" });
  });
  it("an ambiguous query opens no one thing", () => expect(decisiveHit(engine.search("guinea", "en"))).toMatchObject({ id: "GIN" }));
});

describe("citations", () => {
  const input = { title: "Sample {Process} & 100% _test_", slug: "sample", siteName: "RCP Explorer", datasetVersion: "2026-11-22", dataAsOf: "June 2017", sources: ["IOM 2017", "Harns 2013"], accessed: "accessed {date}" };
  it("escapes BibTeX's special characters in every free-text field", () => {
    expect(bibtexEscape("a{b}%c&d$e#f_g\\h~i^j")).toBe("a\\{b\\}\\%c\\&d\\$e\\#f\\_g\\textbackslash{}h\\textasciitilde{}i\\textasciicircum{}j");
    const bib = citationBibtex(input);
    expect(bib).toContain("title = {Sample \\{Process\\} \\& 100\\% \\_test\\_}");
    expect(bib.split("\n")[0]).toBe("@misc{rcpexplorer-sample,");
  });
  it("cites by author–date with the page's address and access date left to the browser", () => {
    expect(citationText(input)).toBe("RCP Explorer (2026). Sample {Process} & 100% _test_. Dataset version 2026-11-22; data as of June 2017. Sources: IOM 2017; Harns 2013. {{url}} (accessed {{accessed}}).");
  });
});

describe("display rules", () => {
  it("shows an acronym after a name only when the name lacks it", () => {
    expect(withAcronym("Frontex", "Frontex")).toBe("Frontex");
    expect(withAcronym("Budapest Process", undefined)).toBe("Budapest Process");
    expect(withAcronym("Migration Dialogue for Southern Africa", "MIDSA")).toBe("Migration Dialogue for Southern Africa (MIDSA)");
  });
  it("names a record in the page's language, else in English marked as such", () => {
    const record = { name: { en: "Almaty Process" }, acronym: undefined };
    expect(displayName(record, "fr")).toEqual({ text: "Almaty Process", lang: "en" });
    expect(displayName({ name: { en: "Budapest Process", fr: "Processus de Budapest" } }, "fr")).toEqual({ text: "Processus de Budapest" });
  });
  it.each([
    ["2017-06", "en", "June 2017"],
    ["2017-06", "fr", "juin 2017"],
    ["2013-04-19", "es", "19 de abril de 2013"],
    ["2005", "en", "2005"],
  ] as const)("formats %s in %s as %s", (date, locale, expected) => expect(formatPartialDate(date, locale)).toBe(expected));
  it("dates every status", () => {
    const t = dictionary("en").client.status;
    expect(statusLabel(t, { status: "active", statusAsOf: "2017-06" }, "en")).toBe("Active · June 2017");
    expect(statusLabel(t, { status: "unknown", statusAsOf: "2005-05" }, "en")).toBe("No information since 2005");
    expect(statusLabel(t, { status: "inactive", statusAsOf: "2005", endedYear: 2005 }, "en")).toBe("Inactive · ended 2005");
  });
  it("summarises a record from its data, with its dated status", () => {
    expect(describeProcess(data.bySlug.get("budapest-process")!, data, "en")).toBe(
      "A regional consultative process (Europe and the former Soviet Union) founded in 1991, with 52 named member states. Active · June 2017.",
    );
  });
});

describe("routes", () => {
  it.each([
    [{ page: "process", slug: "midsa" }, "en", "/processes/midsa/"],
    [{ page: "process", slug: "midsa" }, "fr", "/fr/processes/midsa/"],
    [{ page: "country", code: "GHA" }, "es", "/es/countries/gha/"],
    [{ page: "explorer", query: "region=africa" }, "fr", "/fr/processes/?region=africa"],
    [{ page: "home" }, "es", "/es/"],
    [{ page: "report", slug: "midsa" }, "en", "/sources/report/midsa/"],
  ] as const)("%o in %s is %s", (route, locale, path) => expect(pathOf(route, locale)).toBe(path));
});
