/**
 * What one result shows, built the same way on the server (the first page, in the HTML) and in the
 * browser (every page after the index loads), so hydration finds identical markup.
 */
import { displayName, statusTone } from "../displayNames";
import type { Locale } from "../i18n/locales";
import { plural, type PluralForms } from "../i18n/plural";
import { statusLabel, type StatusTemplates } from "../i18n/status";
import type { Kind, Role, SecretariatType } from "../content/vocabulary";
import type { ExplorerRow } from "./rows";

/** The labels the explorer needs, in the page's language: small tables, passed as props. */
export interface ExplorerLabels {
  regions: Record<string, string>;
  themes: Record<string, string>;
  kinds: Record<Kind, string>;
  kindsShort: Record<Kind, string>;
  statuses: Record<string, string>;
  status: StatusTemplates;
  secretariatTypes: Record<SecretariatType, string>;
  secretariatShort: Record<SecretariatType, string>;
  roles: Record<Role, string>;
  memberCount: PluralForms;
  observerCount: PluralForms;
}

export interface DisplayRow {
  slug: string;
  name: string;
  /** Set when the name is not in the page's language. */
  lang?: string;
  kind: Kind;
  kindLabel: string;
  kindShort: string;
  regions: string;
  founded: number | null;
  members: number;
  unnamed: number;
  observers: number;
  membersText: string;
  status: string;
  tone: "active" | "neutral" | "past";
  lastReported: string;
  secretariat: string;
}

export function rowName(row: Pick<ExplorerRow, "names" | "acronym">, locale: Locale): { text: string; lang?: Locale } {
  return displayName({ name: row.names, acronym: row.acronym }, locale);
}

export function toDisplayRow(row: ExplorerRow, labels: ExplorerLabels, locale: Locale): DisplayRow {
  const name = rowName(row, locale);
  return {
    slug: row.slug,
    name: name.text,
    lang: name.lang,
    kind: row.kind,
    kindLabel: labels.kinds[row.kind],
    kindShort: labels.kindsShort[row.kind],
    regions: row.regions.map((id) => labels.regions[id] ?? id).join(", "),
    founded: row.founded,
    members: row.counts.member,
    unnamed: row.counts.unnamed,
    observers: row.counts.observer,
    membersText: plural(locale, row.counts.member + row.counts.unnamed, labels.memberCount),
    status: statusLabel(labels.status, { status: row.status, statusAsOf: row.statusAsOf, endedYear: row.ended }, locale, "short"),
    tone: statusTone(row.status),
    lastReported: row.lastReported,
    secretariat: labels.secretariatShort[row.secretariat.type],
  };
}

/** toDisplayRow with a memory: each row built the first time it is asked for, then the same object. */
export function displayCache(labels: ExplorerLabels, locale: Locale): (row: ExplorerRow) => DisplayRow {
  const built = new Map<string, DisplayRow>();
  return (row) => {
    let display = built.get(row.slug);
    if (!display) built.set(row.slug, (display = toDisplayRow(row, labels, locale)));
    return display;
  };
}
