/**
 * The explorer's download: exactly the rows shown, with the table's columns plus regions, themes,
 * counts, labels beside codes and absolute URLs; headers in the page's language; a file name that
 * says which filters made it and which dataset version it comes from.
 */
import { toCsv } from "../csv";
import type { ExplorerRow } from "./rows";
import { LIST_PARAMS, type ExplorerState } from "./query";

export interface CsvLabels {
  /** The header row, comma-separated, in the page's language (the client dictionary's csvHeadings). */
  headings: string;
  kind: (kind: string) => string;
  status: (row: ExplorerRow) => string;
  region: (id: string) => string;
  theme: (id: string) => string;
  secretariatType: (type: string) => string;
  organization: (id: string) => string;
  country: (code: string) => string;
  name: (row: ExplorerRow) => string;
  url: (slug: string) => string;
}

export function explorerCsv(rows: readonly ExplorerRow[], labels: CsvLabels): string {
  const headings = labels.headings.split(",");
  const list = (values: readonly string[]) => values.join("; ");
  return toCsv(
    headings,
    rows.map((r) => [
      r.slug,
      labels.name(r),
      r.acronym,
      r.kind,
      labels.kind(r.kind),
      list(r.regions),
      list(r.regions.map(labels.region)),
      list(r.themes),
      list(r.themes.map(labels.theme)),
      r.status,
      labels.status(r),
      r.statusAsOf,
      r.statusSource,
      r.lastReported,
      r.founded,
      r.ended,
      r.counts.member,
      r.counts.observer,
      r.counts.partner,
      r.counts.guest,
      r.counts.unnamed,
      r.secretariat.type,
      labels.secretariatType(r.secretariat.type),
      list(r.secretariat.organizations.map(labels.organization)),
      list(r.chairs.map(labels.country)),
      labels.url(r.slug),
    ]),
  );
}

/** "rcp-explorer_region-africa_theme-trafficking-in-persons_2026-11-22.csv" */
export function csvFileName(base: string, state: ExplorerState, version: string): string {
  const parts = [base];
  for (const param of LIST_PARAMS) if (state[param].length) parts.push(`${param}-${state[param].map((v) => v.toLowerCase()).join("+")}`);
  if (state.from !== undefined || state.to !== undefined) parts.push(`founded-${state.from ?? ""}-${state.to ?? ""}`);
  if (state.q) parts.push(`q-${state.q.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "")}`);
  return `${parts.join("_").slice(0, 180)}_${version}.csv`;
}
