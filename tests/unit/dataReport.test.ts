import { describe, expect, it } from "vitest";
import { loadContentFrom } from "@/lib/content/load";
import { dataReport, formatDataReport } from "@/lib/dataReport";
import { PROJECT_ROOT } from "./fixtures";

const content = await loadContentFrom(PROJECT_ROOT);
const report = dataReport(content);

describe("data report", () => {
  it("has one entry per record, with the sources each uses", () => {
    expect(report.map((r) => r.slug)).toEqual(content.processes.map((p) => p.slug));
    for (const r of report) expect(r.sources.length).toBeGreaterThan(0);
  });

  it("lists every difference between a stated total and the names listed, with a reason", () => {
    for (const p of content.processes) {
      for (const stated of p.statedCounts) {
        const snapshot = [p.current, ...p.snapshots].find((s) => s.source === stated.source && s.asOf === stated.asOf);
        if (!snapshot) continue;
        const named = snapshot.memberships.filter((m) => m.role === stated.role).length;
        if (named === stated.count) continue;
        const entry = report.find((r) => r.slug === p.slug)!.departures.find(
          (d) => d.kind === "stated-total" && d.source === stated.source && d.field === `${stated.role} count` && d.stated === stated.count,
        );
        expect(entry, `${p.slug}: ${stated.source} ${stated.role}`).toMatchObject({ stated: stated.count, recorded: named });
        expect(entry!.reason.length).toBeGreaterThan(10);
      }
    }
  });

  it("lists a source's founding year that differs from the headline", () => {
    const budapest = report.find((r) => r.slug === "budapest-process")!;
    expect(budapest.departures).toContainEqual(expect.objectContaining({ field: "foundedYear", source: "harns-2013", stated: 1993, recorded: 1991 }));
  });

  it("prints a line per departure and a closing count", () => {
    const text = formatDataReport(report);
    const count = report.reduce((n, r) => n + r.departures.length, 0);
    expect(text.split("\n").filter((l) => l.startsWith("  - "))).toHaveLength(count);
    expect(text.trim().split("\n").at(-1)).toBe(`${report.length} records, ${count} departures from a stated figure.`);
  });
});
