"use client";

import { useEffect, useMemo, useState } from "react";
import { facetCounts, filterRows, sortRows, suggestRemovals, type FacetCounts } from "@/lib/explorer/filter";
import { parseQuery, toQueryString, EMPTY_STATE, type ExplorerState, type ParsedQuery, type Vocabulary } from "@/lib/explorer/query";
import { rowName } from "@/lib/explorer/display";
import type { ExplorerRow } from "@/lib/explorer/rows";
import { buildNameIndex, type NameIndex } from "@/lib/names";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { LoadedIndex } from "./useExplorerIndex";
import { useQueryString } from "./useExplorerUrl";

const TEXT_SETTLE_MS = 400;

export interface ExplorerModel {
  ready: boolean;
  parsed: ParsedQuery;
  state: ExplorerState;
  /** The typed search text, ahead of the URL while typing settles. */
  draft: string;
  setDraft: (q: string) => void;
  update: (change: Partial<ExplorerState>) => void;
  replace: (state: ExplorerState) => void;
  results: ExplorerRow[];
  counts?: FacetCounts;
  removals: ReturnType<typeof suggestRemovals>;
  countryIndex?: NameIndex;
  countryName: (code: string) => string;
  organizationName: (id: string) => string;
  vocabulary?: Vocabulary;
}

/**
 * The explorer's state machine, apart from its rendering: the URL is the state (parsed against the
 * index's vocabulary once it has loaded); results, facet counts and suggestions are derived from it
 * once per change; the search box filters as you type and the URL follows when typing pauses.
 */
export function useExplorerModel(index: LoadedIndex | undefined, locale: Locale, vocabularyBase: { regions: string[]; themes: string[] }): ExplorerModel {
  const [search, navigate] = useQueryString();
  const nameColumn = ({ en: 1, fr: 2, es: 3 } as const)[locale];

  const vocabulary = useMemo<Vocabulary | undefined>(
    () =>
      index && {
        ...vocabularyBase,
        countries: index.countries.map((c) => c[0]),
        organizations: index.organizations.map((o) => o[0]),
      },
    [index, vocabularyBase],
  );
  const parsed = useMemo<ParsedQuery>(
    () => (vocabulary ? parseQuery(search, vocabulary) : { state: EMPTY_STATE, ignored: [] }),
    [search, vocabulary],
  );
  const state = parsed.state;

  const [draft, setDraftState] = useState(state.q);
  const [syncedQ, setSyncedQ] = useState(state.q);
  if (syncedQ !== state.q) {
    setSyncedQ(state.q);
    setDraftState(state.q);
  }

  const replace = (next: ExplorerState) => navigate(toQueryString(next));
  const update = (change: Partial<ExplorerState>) => replace({ ...state, q: draft, ...change });

  useEffect(() => {
    if (draft === state.q) return;
    const timer = setTimeout(() => replace({ ...state, q: draft }), TEXT_SETTLE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the typed text schedules a navigation
  }, [draft]);

  const live = useMemo(() => ({ ...state, q: draft }), [state, draft]);
  const collator = useMemo(() => new Intl.Collator(INTL_LOCALE[locale]), [locale]);
  const rows = index?.rows;
  const results = useMemo(
    () => (rows ? sortRows(filterRows(rows, live), live.sort, (r) => rowName(r, locale).text, collator) : []),
    [rows, live, locale, collator],
  );
  const counts = useMemo(() => (rows ? facetCounts(rows, live) : undefined), [rows, live]);
  const removals = useMemo(() => (rows && !results.length ? suggestRemovals(rows, live) : []), [rows, results.length, live]);

  const countryNames = useMemo(() => new Map(index?.countries.map((c) => [c[0], c[nameColumn]]) ?? []), [index, nameColumn]);
  const countryIndex = useMemo(() => (index ? buildNameIndex(index.countries.map(([code, ...names]) => ({ id: code, names: [...names, code] }))) : undefined), [index]);
  const organizations = useMemo(() => new Map(index?.organizations ?? []), [index]);

  return {
    ready: Boolean(index),
    parsed,
    state,
    draft,
    setDraft: setDraftState,
    update,
    replace,
    results,
    counts,
    removals,
    countryIndex,
    countryName: (code) => countryNames.get(code) ?? code,
    organizationName: (id) => organizations.get(id) ?? id,
    vocabulary,
  };
}
