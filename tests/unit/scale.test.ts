/**
 * Byte budgets at 1,000 records, without a build: the benchmark's synthetic content (valid records
 * generated from the real ones, scripts/bench/synthetic.ts) loaded and indexed the way the build
 * does. What the browser fetches once — the explorer's and the search's index — must stay within
 * the budgets however many records there are. Page sizes at 1,000 need a full build (about
 * ten minutes): they are in `npm run bench` and reports/bench.md, not in CI.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticRoot } from "../../scripts/bench/synthetic";
import { loadContentFrom } from "@/lib/content/load";
import { buildExplorerIndex } from "@/lib/explorer/buildIndex";
import { buildSearchIndex } from "@/lib/searchIndex";
import { buildSiteData, type SiteData } from "@/lib/siteData";
import { PROJECT_ROOT, TODAY } from "./fixtures";

const RECORDS = 1000;
const gz = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;

let dir: string;
let data: SiteData;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "rcp-scale-"));
  writeSyntheticRoot(PROJECT_ROOT, dir, RECORDS);
  data = buildSiteData(loadContentFrom(dir, { today: TODAY }));
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`budgets at ${RECORDS} synthetic records`, () => {
  it("loads every record", () => {
    expect(data.processes).toHaveLength(RECORDS);
  });

  it("keeps the explorer's index within 120 kB gzipped, each field once", () => {
    const index = buildExplorerIndex(data);
    expect(index.rows).toHaveLength(RECORDS);
    expect(index.rows.every((r) => r.length === index.columns.length)).toBe(true);
    expect(gz(index)).toBeLessThan(120_000);
  });

  it("keeps the search index within 60 kB gzipped", () => {
    expect(gz(buildSearchIndex(data))).toBeLessThan(60_000);
  });
});
