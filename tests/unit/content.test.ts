/**
 * Facts about the real content that the sources settle and the loader cannot enforce: each test
 * fails if a record drifts from what its source says (or from what the issues found wrong).
 */
import { describe, expect, it } from "vitest";
import { membershipChanges } from "@/lib/membership";
import { mostShared, participantsOf } from "@/lib/overlap";
import type { Process } from "@/lib/content/types";
import { realSite } from "./siteData";

const data = realSite();
const p = (slug: string) => data.bySlug.get(slug)!;
const roleOf = (slug: string, code: string) => p(slug).current.memberships.find((m) => m.country === code);

describe("statuses rest on dated sources", () => {
  it("no record is active on evidence older than the newest source", () => {
    const newest = data.registries.sources.map((s) => s.date).sort().at(-1)!;
    expect(data.processes.filter((x) => x.status === "active" && x.statusAsOf < newest.slice(0, 4)).map((x) => x.slug)).toEqual([]);
  });
  it.each(["manila-process", "cluster-process", "joint-consultations-on-migration", "berne-initiative", "marri-regional-forum"])(
    "%s has no information since 2005",
    (slug) => expect([p(slug).status, p(slug).statusAsOf.slice(0, 4)]).toEqual(["unknown", "2005"]),
  );
  it("OCAM and the Euro-Mediterranean dialogue were last reported in 2013", () => {
    expect([p("ocam").status, p("ocam").lastReported.slice(0, 4)]).toEqual(["unknown", "2013"]);
    expect(p("euro-mediterranean-partnership-migration-dialogue").status).toBe("unknown");
  });
  it("the Söderköping Process was succeeded by the Eastern Partnership Panel, founded in its own year", () => {
    expect([p("soderkoping-process").status, p("soderkoping-process").successor]).toEqual(["succeeded", "eastern-partnership-panel"]);
    expect(p("eastern-partnership-panel").foundedYear).toBe(2011);
    expect(p("eastern-partnership-panel").claims.some((c) => c.field === "foundedYear" && c.value === 2001)).toBe(true);
  });
});

describe("groups only from the sources", () => {
  it("the AU group is the 2017 table's list less Morocco: South Sudan in, Western Sahara out", () => {
    const au = data.groupById.get("au-53")!;
    expect(au.members).toHaveLength(53);
    expect(au.members).toContain("SSD");
    expect(au.members).not.toContain("MAR");
    expect(roleOf("tripoli-process", "SSD")).toMatchObject({ role: "member", viaGroup: "au-53" });
  });
  it("Western Sahara is in no forum's lists", () => {
    expect(data.processes.filter((x) => x.lists.some((l) => l.memberships.some((m) => m.country === "ESH"))).map((x) => x.slug)).toEqual([]);
  });
  it("every registry group names the source list it comes from", () => {
    for (const g of data.registries.groups) expect(data.sourceById.has(g.membersFrom.source)).toBe(true);
  });
  it("EU-LAC's 27 EU member states stay unnamed: no EU state is credited with EU-LAC", () => {
    const eulac = p("eu-lac-dialogue");
    expect(eulac.current.unnamedGroups).toContainEqual(expect.objectContaining({ count: 27, role: "member" }));
    expect(roleOf("eu-lac-dialogue", "HRV")).toBeUndefined();
    expect(roleOf("eu-lac-dialogue", "GBR")).toBeUndefined();
  });
  it("the ACP-EU Dialogue counts 79 ACP states it does not name", () => {
    expect(p("acp-eu-dialogue").current.unnamedGroups).toContainEqual(expect.objectContaining({ count: 79 }));
  });
});

describe("membership changes that really happened", () => {
  const changes = (slug: string) => membershipChanges(p(slug)).map((c) => `${c.to.asOf.slice(0, 4)} ${c.country} ${c.change}`);
  it("the Rabat Process's 2013 Steering Committee states do not 'join' in 2017", () => {
    for (const code of ["MAR", "FRA", "ESP", "SEN", "BEL", "ITA", "GNQ"]) expect(changes("rabat-process")).not.toContain(`2017 ${code} joined`);
  });
  it("no Latin American state 'joins' EU-LAC in 2017", () => expect(changes("eu-lac-dialogue")).toEqual([]));
  it("Bali observers neither leave in 2013 nor rejoin in 2017", () => expect(changes("bali-process").filter((c) => / (left|joined)$/.test(c) && /observer/.test(c))).toEqual([]));
  it("no observer joins between a 2003 list and the next (the 2003 annex has no observer column)", () => {
    for (const x of data.processes) {
      for (const c of membershipChanges(x)) if (c.from.source === "mc-inf-266") expect(c.toRole === "observer" && c.change === "joined").toBe(false);
    }
  });
  it("MIDSA's observers do not leave in 2009 and rejoin in 2013", () => expect(changes("midsa").filter((c) => /AUS|CAN|NOR/.test(c))).toEqual([]));
});

describe("smaller truths", () => {
  it("France (New Caledonia) in the Bali Process is France", () => {
    expect(roleOf("bali-process", "FRA")?.role).toBe("member");
    expect(roleOf("bali-process", "NCL")).toBeUndefined();
  });
  it("the APC has its Spanish name from the 2009 paper", () => expect(p("apc").name.es).toMatch(/Consultas/));
  it("Ethiopia chairs the Khartoum Process and the ACP-EU Dialogue, without being added as a member", () => {
    const chaired = (data.chairsByCountry.get("ETH") ?? []).map((c) => c.process.slug);
    expect(chaired).toEqual(expect.arrayContaining(["khartoum-process", "acp-eu-dialogue"]));
    expect(roleOf("khartoum-process", "ETH")).toBeUndefined();
  });
  it("Budapest's chair change and Rabat's size in words are claims", () => {
    expect(p("budapest-process").claims.filter((c) => c.field === "chair").length).toBeGreaterThan(0);
    expect(p("rabat-process").claims.some((c) => c.field === "memberCount" && typeof c.value === "string")).toBe(true);
  });
  it("the second HLD's date differs between sources, as event claims", () => {
    const events = p("un-high-level-dialogue").claims.filter((c) => c.field === "event" && c.label === "Second High-level Dialogue");
    expect(new Set(events.map((c) => String(c.value))).size).toBeGreaterThan(1);
  });
  it("country names are the UN short names; common names are variants", () => {
    const name = (code: string) => data.countryByCode.get(code)!.names.en;
    expect([name("CIV"), name("CPV"), name("LAO"), name("RUS"), name("KOR"), name("TUR"), name("PSE")]).toEqual([
      "Côte d'Ivoire",
      "Cabo Verde",
      "Lao People's Democratic Republic",
      "Russian Federation",
      "Republic of Korea",
      "Türkiye",
      "State of Palestine",
    ]);
    expect(data.registries.countries.resolve("Ivory Coast")).toEqual({ ok: true, code: "CIV" });
    expect(data.registries.countries.resolve("Swaziland")).toEqual({ ok: true, code: "SWZ" });
  });
  it("the sources' other mechanisms are listed as not included, with a source each", () => {
    const names = data.registries.notIncluded.map((n) => `${n.name} ${n.acronym ?? ""}`).join(" | ");
    for (const needle of ["COFAMIT", "SAP", "Mercosur", "BSEC", "GCIM", "Global Migration Group"]) expect(names).toContain(needle);
  });
});

describe("roles you can ask about", () => {
  it("IOM serves as secretariat of the Colombo Process; Puebla and SACM have their own, which IOM supports", () => {
    const iom = data.forumsByOrganization.get("iom")!;
    const roles = (slug: string) => iom.find((f) => f.process.slug === slug)?.roles ?? [];
    expect(roles("colombo-process")).toContain("secretariat");
    expect(p("puebla-process").secretariat.type).toBe("own");
    expect(roles("puebla-process")).toContain("support");
    expect(roles("puebla-process")).not.toContain("secretariat");
    expect(p("south-american-conference-on-migration").secretariat.type).toBe("own");
  });
  it("IOM and UNHCR act for the Almaty Process's support unit pending a decision", () => {
    expect(p("almaty-process").secretariat).toMatchObject({ type: "interim", organizations: expect.arrayContaining(["iom", "unhcr"]) });
  });
  it("some processes have no official secretariat", () => expect(data.processes.filter((x) => x.secretariat.type === "none").length).toBeGreaterThan(3));
  it("the GFMD, the IDM and the HLD are open membership, with no member list", () => {
    for (const slug of ["gfmd", "international-dialogue-on-migration", "un-high-level-dialogue"]) {
      expect(p(slug).openMembership).toBeDefined();
      expect(p(slug).current.covers).toEqual([]);
    }
  });
});

describe("related forums", () => {
  // The profile's "shares most members" list is counted through an index; it must say what a
  // pass over every pair would.
  const naive = (p: Process, all: readonly Process[]) => {
    const mine = participantsOf(p);
    return all
      .filter((o) => o.slug !== p.slug)
      .map((o) => ({ slug: o.slug, shared: [...participantsOf(o)].filter((c) => mine.has(c)).length }))
      .filter((o) => o.shared > 0)
      .sort((a, b) => b.shared - a.shared || a.slug.localeCompare(b.slug))
      .slice(0, 3);
  };
  it("matches the pairwise count for every record", () => {
    const { processes } = realSite();
    let nonEmpty = 0;
    for (const p of processes) {
      const got = mostShared(p, processes).map((s) => ({ slug: s.process.slug, shared: s.shared }));
      expect(got).toEqual(naive(p, processes));
      if (got.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(30);
  });
});
