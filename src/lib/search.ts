/**
 * The site search: one index of every process, country, theme and organisation by every name it
 * answers to, in all three languages. The build writes it as a static file; the header and home
 * search load it on first focus. Matching is the names module's, so search, the registry and the
 * explorer agree on what "Swaziland" means.
 */
import { buildNameIndex, foldName, type NameIndex } from "./names";
import type { Locale } from "./i18n/locales";

export type SearchKind = "country" | "process" | "theme" | "organization";
export const SEARCH_KINDS: readonly SearchKind[] = ["country", "process", "theme", "organization"];

/** [id, label en, label fr, label es, count, ...other names] */
export type SearchEntry = [id: string, en: string, fr: string, es: string, count: number, ...names: string[]];

export interface SearchIndexJson {
  version: string;
  country: SearchEntry[];
  process: SearchEntry[];
  theme: SearchEntry[];
  organization: SearchEntry[];
}

export interface SearchHit {
  kind: SearchKind;
  id: string;
  label: string;
  /** The other name that matched ("Swaziland"), when it is not the label. */
  matched?: string;
  count: number;
  rank: number;
}

export interface SearchEngine {
  search(query: string, locale: Locale, limitPerKind?: number): SearchHit[];
}

const LABEL_INDEX: Record<Locale, 1 | 2 | 3> = { en: 1, fr: 2, es: 3 };

export function searchEngine(json: SearchIndexJson): SearchEngine {
  const indexes = new Map<SearchKind, { entries: Map<string, SearchEntry>; index: NameIndex }>();
  for (const kind of SEARCH_KINDS) {
    const entries = json[kind];
    indexes.set(kind, {
      entries: new Map(entries.map((e) => [e[0], e])),
      index: buildNameIndex(entries.map(([id, en, fr, es, , ...names]) => ({ id, names: [en, fr, es, ...names, ...(kind === "country" ? [id] : [])] }))),
    });
  }
  return {
    search(query, locale, limitPerKind = 6) {
      const hits: SearchHit[] = [];
      for (const kind of SEARCH_KINDS) {
        const { entries, index } = indexes.get(kind)!;
        for (const match of index.search(query, limitPerKind)) {
          const entry = entries.get(match.id)!;
          const label = entry[LABEL_INDEX[locale]];
          // The name that matched is worth showing only when the label does not already say it.
          const shown = foldName(label).includes(foldName(match.name));
          hits.push({ kind, id: match.id, label, matched: shown ? undefined : match.name, count: entry[4], rank: match.rank });
        }
      }
      return hits;
    },
  };
}

/** The hit Enter opens without a results page: the only hit, or the only exact one. */
export function decisiveHit(hits: readonly SearchHit[]): SearchHit | undefined {
  if (hits.length === 1) return hits[0];
  const exact = hits.filter((h) => h.rank === 0);
  return exact.length === 1 ? exact[0] : undefined;
}
