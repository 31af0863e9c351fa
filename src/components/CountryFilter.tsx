"use client";

import { type ReactNode, useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { type CountrySearchEntry, countriesShownLabel, matchCountries } from "@/lib/countrySearch";

const noSubscription = () => () => {};

/**
 * A type-ahead over the server-rendered country list it wraps. The list is complete without
 * JavaScript (find-in-page searches it); the input appears only once the script runs, and hides the
 * rows (marked `data-country-row`) and letter groups (`data-country-initial`) that do not match.
 */
export function CountryFilter({ entries, children }: { entries: CountrySearchEntry[]; children: ReactNode }) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const [query, setQuery] = useState("");
  const listRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const matches = useMemo(() => matchCountries(entries, query), [entries, query]);

  useEffect(() => {
    const list = listRef.current;
    if (!list) return;
    list.querySelectorAll<HTMLElement>("[data-country-row]").forEach((row) => {
      row.hidden = !matches.codes.has(row.dataset.countryRow ?? "");
    });
    list.querySelectorAll<HTMLElement>("[data-country-initial]").forEach((group) => {
      group.hidden = !matches.initials.has(group.dataset.countryInitial ?? "");
    });
  }, [matches]);

  return (
    <>
      {hydrated && (
        <div role="search" className="mb-6 max-w-xl">
          <label htmlFor={inputId} className="mb-1 block font-medium">
            Find a country
          </label>
          <input
            id={inputId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="e.g. Swaziland"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${inputId}-count`}
            className="w-full rounded border border-slate-400 px-3 py-2"
          />
          <p id={`${inputId}-count`} role="status" aria-live="polite" className="mt-1 text-sm text-slate-700">
            {countriesShownLabel(matches.codes.size)}
          </p>
        </div>
      )}
      <div ref={listRef}>{children}</div>
    </>
  );
}
