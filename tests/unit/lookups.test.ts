import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { forumsByCountry, forumsByOrganization } from "@/lib/indexes";
import {
  describeCountry,
  describeOrganization,
  forumCountLabel,
  groupByInitial,
  groupCountryForums,
  groupOrganizationForums,
  initialOf,
  kindCountsPhrase,
} from "@/lib/lookups";
import { fixtureRoot } from "./fixtures";

const content = await loadContentFrom(fixtureRoot("valid"));
const byCountry = forumsByCountry(content.processes);

describe("A–Z grouping", () => {
  it("files names under their unaccented initial, and anything else under #", () => {
    expect(initialOf("Åland Islands")).toBe("A");
    expect(initialOf("Réunion")).toBe("R");
    expect(initialOf("écosse")).toBe("E");
    expect(initialOf("5+5 Dialogue")).toBe("#");
  });

  it("sorts by name within letters and letters alphabetically", () => {
    const groups = groupByInitial(["Zambia", "Åland Islands", "Albania", "Egypt", "Eswatini"], (n) => n);
    expect(groups).toEqual([
      { initial: "A", items: ["Åland Islands", "Albania"] },
      { initial: "E", items: ["Egypt", "Eswatini"] },
      { initial: "Z", items: ["Zambia"] },
    ]);
  });
});

describe("a country's forums by role", () => {
  it("separates direct members from members through a group, and names the group", () => {
    expect(groupCountryForums(byCountry.get("SWZ") ?? []).map((g) => [g.key, g.label, g.forums.length])).toEqual([["member", "Member", 1]]);
    const france = groupCountryForums(byCountry.get("FRA") ?? []);
    expect(france.map((g) => g.label)).toEqual(["Member via a group"]);
    expect(france[0].forums[0]).toMatchObject({ viaGroup: "eu-28", source: "iom-iscm-2017", asOf: "2017-06" });
  });

  it("lists observers under their own heading", () => {
    expect(groupCountryForums(byCountry.get("AUS") ?? []).map((g) => g.label)).toEqual(["Observer"]);
  });

  it("returns no groups for a country in no forum", () => {
    expect(groupCountryForums(byCountry.get("MCO") ?? [])).toEqual([]);
  });
});

describe("country summaries", () => {
  it("counts forums by role", () => {
    expect(describeCountry("Eswatini", byCountry.get("SWZ") ?? [], 1)).toBe(
      "Eswatini takes part in 1 of the 1 migration consultation mechanisms recorded here: member of 1.",
    );
    expect(describeCountry("Australia", byCountry.get("AUS") ?? [], 43)).toContain("observer in 1");
  });

  it("says plainly when a country is in no forum", () => {
    expect(describeCountry("Monaco", [], 43)).toBe("Monaco is not listed as taking part in any of the 43 mechanisms recorded here.");
  });

  it("words forum counts", () => {
    expect([0, 1, 5].map(forumCountLabel)).toEqual(["no forums", "1 forum", "5 forums"]);
  });
});

describe("an organisation's processes by role", () => {
  it("lists a process under each role the organisation holds", () => {
    const iom = groupOrganizationForums(forumsByOrganization(content.processes).get("iom") ?? []);
    expect(iom.map((g) => [g.role, g.processes.map((p) => p.slug)])).toEqual([
      ["secretariat", ["sample-process"]],
      ["observer", ["sample-process"]],
    ]);
  });
});

describe("lookup summaries", () => {
  it("says which roles an organisation holds, and how often", () => {
    const forums = forumsByOrganization(content.processes);
    expect(describeOrganization("IOM", forums.get("iom") ?? [], 43)).toBe(
      "IOM is secretariat of 1 and observer in 1 of the 43 migration consultation mechanisms recorded here.",
    );
    expect(describeOrganization("WHO", [], 43)).toBe(
      "WHO is not recorded as a member, observer, secretariat or chair of any of the 43 mechanisms here.",
    );
  });

  it("counts processes by kind in words", () => {
    const [sample] = content.processes;
    expect(kindCountsPhrase([sample])).toBe("1 regional consultative process");
    expect(kindCountsPhrase([sample, sample, { ...sample, kind: "irf" }])).toBe("2 regional consultative processes and 1 inter-regional forum");
    expect(kindCountsPhrase([])).toBe("no processes");
  });
});
