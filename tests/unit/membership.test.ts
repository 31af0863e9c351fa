import { describe, expect, it } from "vitest";
import type { MembershipList, Process } from "@/lib/content/types";
import { changesBetween, membershipChanges, panelDates, panelStatus, spells, statusIn } from "@/lib/membership";

function list(asOf: string, source: string, covers: MembershipList["covers"], members: Record<string, MembershipList["memberships"][number]["role"]>, unnamed: MembershipList["unnamedGroups"] = []): MembershipList {
  return {
    asOf,
    source,
    current: false,
    covers,
    memberships: Object.entries(members).map(([country, role]) => ({ country, role })),
    memberGroups: [],
    unnamedGroups: unnamed,
    memberOrganizations: [],
    observerOrganizations: [],
  };
}

const process = (lists: MembershipList[], over: Partial<Process> = {}) => ({ lists, current: lists.at(-1)!, foundedYear: 2000, status: "active", ...over }) as unknown as Process;
const summary = (changes: ReturnType<typeof changesBetween>) => changes.map((c) => `${c.country} ${c.change}${c.fromRole ? ` ${c.fromRole}` : ""}${c.toRole ? `→${c.toRole}` : ""}`);

describe("membership changes are derived only where two lists can show them", () => {
  it("a join, a departure and a role change between two lists that cover both roles", () => {
    const a = list("2005", "a", ["member", "observer"], { GHA: "member", SEN: "observer", MLI: "member" });
    const b = list("2009", "b", ["member", "observer"], { GHA: "member", SEN: "member", NER: "observer" });
    expect(summary(changesBetween(a, b))).toEqual(["MLI left member", "NER joined→observer", "SEN role-changed observer→member"]);
  });

  it("no observer changes when either list gives no observer list (the 2003 annex, Bali 2013)", () => {
    const a = list("2003", "a", ["member"], { GHA: "member" });
    const b = list("2005", "b", ["member", "observer"], { GHA: "member", AUS: "observer" });
    const c = list("2009", "c", ["member"], { GHA: "member" });
    expect(changesBetween(a, b)).toEqual([]);
    expect(changesBetween(b, c)).toEqual([]);
  });

  it("no change in a role that either list gives through an unnamed group (EU-LAC 2013)", () => {
    const a = list("2013", "a", ["member"], { ESP: "member" }, [{ name: "Latin American and Caribbean states", role: "member", source: "a" }]);
    const b = list("2017", "b", ["member"], { ESP: "member", BRA: "member", MEX: "member" });
    expect(changesBetween(a, b)).toEqual([]);
    expect(changesBetween(b, a)).toEqual([]);
  });

  it("a partial list named in covers shows its names but derives no departure (MIDSA 2009)", () => {
    const a = list("2005", "a", ["member", "observer"], { AUS: "observer", USA: "observer" });
    const b = list("2009", "b", ["member"], { USA: "observer" });
    expect(changesBetween(a, b)).toEqual([]);
    expect(statusIn(b, "USA")).toBe("observer");
  });

  it("walks every consecutive pair of a record's lists", () => {
    const p = process([list("2005", "a", ["member"], { A: "member" }), list("2009", "b", ["member"], { B: "member" }), list("2013", "c", ["member"], { B: "member", C: "member" })]);
    expect(membershipChanges(p).map((c) => `${c.from.asOf}>${c.to.asOf} ${c.country} ${c.change}`)).toEqual(["2005>2009 A left", "2005>2009 B joined", "2009>2013 C joined"]);
  });
});

describe("spells and the panel", () => {
  const lists = [
    list("2003-11", "mc", ["member"], { USA: "member" }),
    list("2005-05", "i5", ["member", "observer"], { USA: "member" }),
    list("2009-05", "sc", ["member", "observer"], { USA: "observer" }),
    list("2013-05", "ha", ["member"], { USA: "observer" }),
  ];
  const p = process(lists, { foundedYear: 2001 });

  it("a spell is a run of lists naming the country in one role", () => {
    expect(spells(p).map((s) => `${s.country} ${s.role} ${s.first.asOf}–${s.last.asOf}`)).toEqual(["USA member 2003-11–2005-05", "USA observer 2009-05–2013-05"]);
  });

  it("keeps not a member, not said and not yet existing apart", () => {
    const sources = [
      { id: "mc", date: "2003-11" },
      { id: "i5", date: "2005" },
      { id: "sc", date: "2009-05" },
      { id: "ha", date: "2013" },
      { id: "new", date: "2017-06" },
    ];
    const dates = panelDates(p, sources);
    expect(dates.map((d) => d.asOf)).toEqual(["2003-11", "2005-05", "2009-05", "2013-05", "2017-06"]);
    expect(dates.map((d) => panelStatus(p, d, "USA"))).toEqual(["member", "member", "observer", "observer", "not-covered"]);
    expect(dates.map((d) => panelStatus(p, d, "CAN"))).toEqual(["not-listed", "not-listed", "not-listed", "not-listed", "not-covered"]);
    const young = process([list("2013-05", "ha", ["member"], { GHA: "member" })], { foundedYear: 2010 });
    expect(panelDates(young, sources).map((d) => panelStatus(young, d, "GHA"))).toEqual(["not-in-existence", "not-in-existence", "not-in-existence", "member", "not-covered"]);
  });

  it("an unnamed member group makes absence unknown, not a departure", () => {
    const l = list("2017", "x", ["member"], { ESP: "member" }, [{ name: "EU member states", count: 27, role: "member", source: "x" }]);
    expect(statusIn(l, "FRA")).toBe("not-covered");
  });
});
