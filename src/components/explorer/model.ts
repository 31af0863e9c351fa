"use client";

import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { facetCounts, filterRows, sortRows, suggestRemovals, type Facet, type FacetCounts } from "@/lib/explorer/filter";
import { parseQuery, toQueryString, EMPTY_STATE, type ExplorerState, type ParsedQuery, type Vocabulary } from "@/lib/explorer/query";
import { rowName } from "@/lib/explorer/display";
import type { ExplorerRow } from "@/lib/explorer/rows";
import { lazyNameIndex, type NameIndex } from "@/lib/names";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { LoadedIndex } from "./useExplorerIndex";
import { useAfterPaint } from "../useAfterPaint";
import { useQueryString } from "./useExplorerUrl";

const TEXT_SETTLE_MS = 400;

export interface ExplorerModel {
  ready: boolean;
  parsed: ParsedQuery;
  state: ExplorerState;
  /** The typed search text, ahead of the URL while typing settles. */
  draft: string;
  setDraft: (q: string) => void;
  /** Stable across renders (it reads the latest state), so memoised controls keep their props. */
  update: (change: Partial<ExplorerState>) => void;
  /** Turns one option of a facet on or off; stable like `update`. */
  toggle: (facet: Facet, value: string) => void;
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

  // The controls' callbacks read the latest view through a ref, so they never change identity and a
  // memoised control re-renders only when what it shows changes.
  const latest = useRef({ state, draft });
  useLayoutEffect(() => {
    latest.current = { state, draft };
  });
  const replace = useCallback((next: ExplorerState) => navigate(toQueryString(next)), [navigate]);
  const update = useCallback((change: Partial<ExplorerState>) => replace({ ...latest.current.state, q: latest.current.draft, ...change }), [replace]);
  const toggle = useCallback(
    (facet: Facet, value: string) => {
      const current = latest.current.state[facet] as string[];
      update({ [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
    },
    [update],
  );

  useEffect(() => {
    if (draft === state.q) return;
    const timer = setTimeout(() => replace({ ...state, q: draft }), TEXT_SETTLE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the typed text schedules a navigation
  }, [draft]);

  const live = useMemo(() => ({ ...state, q: draft }), [state, draft]);
  const collator = useMemo(() => new Intl.Collator(INTL_LOCALE[locale]), [locale]);
  const rows = index?.rows;
  // Sorted once per order; filtering keeps that order, so a keystroke or a click never sorts.
  const sorted = useMemo(() => (rows ? sortRows(rows, live.sort, (r) => rowName(r, locale).text, collator) : undefined), [rows, live.sort, locale, collator]);
  const results = useMemo(() => (sorted ? filterRows(sorted, live) : []), [sorted, live]);
  // The counts beside the options follow a frame later: the results (what was asked for) paint
  // first, and the filter panel re-renders after that paint, interruptibly.
  const settled = useAfterPaint(live);
  const counts = useMemo(() => (rows ? facetCounts(rows, settled) : undefined), [rows, settled]);
  const removals = useMemo(() => (rows && !results.length ? suggestRemovals(rows, live) : []), [rows, results.length, live]);

  const countryNames = useMemo(() => new Map(index?.countries.map((c) => [c[0], c[nameColumn]]) ?? []), [index, nameColumn]);
  // Built on first use (a typed country, a did-you-mean), not while the page becomes interactive.
  const countryIndex = useMemo(() => (index ? lazyNameIndex(() => index.countries.map(([code, ...names]) => ({ id: code, names: [...names, code] }))) : undefined), [index]);
  const organizations = useMemo(() => new Map(index?.organizations ?? []), [index]);
  const countryName = useCallback((code: string) => countryNames.get(code) ?? code, [countryNames]);
  const organizationName = useCallback((id: string) => organizations.get(id) ?? id, [organizations]);

  return {
    ready: Boolean(index),
    parsed,
    state,
    draft,
    setDraft: setDraftState,
    update,
    toggle,
    replace,
    results,
    counts,
    removals,
    countryIndex,
    countryName,
    organizationName,
    vocabulary,
  };
}
