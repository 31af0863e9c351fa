"use client";

import Link from "next/link";
import { useState } from "react";
import { homeSearch, type SearchableCountry, type SearchableMechanism } from "@/lib/homeSearch";
import { useHydrated } from "@/lib/useHydrated";
import { withBasePath } from "@/site.config";

/**
 * One box for mechanisms and countries (any variant name). Without JavaScript it is a plain form that
 * opens the explorer with the text as its search.
 */
export function HomeSearch({
  mechanisms,
  countries,
  variants,
}: {
  mechanisms: SearchableMechanism[];
  countries: SearchableCountry[];
  variants: Record<string, string[]>;
}) {
  const hydrated = useHydrated();
  const [query, setQuery] = useState("");
  const result = homeSearch(query, mechanisms, countries, (code) => variants[code] ?? []);
  const total = result.mechanisms.length + result.countries.length;
  return (
    <div className="mt-6 max-w-xl">
      <form action={withBasePath("/processes/")} method="get" role="search" className="flex gap-2">
        <label htmlFor="home-search" className="sr-only">
          Search mechanisms and countries
        </label>
        <input
          id="home-search"
          name="q"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
          placeholder="A process or a country, e.g. Budapest, MIDSA, Swaziland"
          aria-describedby={hydrated ? "home-search-status" : undefined}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
        <button type="submit" className="shrink-0 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Search
        </button>
      </form>
      {hydrated && (
        <p id="home-search-status" role="status" className="sr-only">
          {query.trim() ? `${result.mechanisms.length} mechanisms and ${result.countries.length} countries match.` : ""}
        </p>
      )}
      {hydrated && query.trim() && (
        <section aria-label="Search suggestions" className="mt-2 rounded border border-slate-200 bg-white p-3 text-sm shadow-sm">
          {total === 0 && <p>Nothing matches “{query}”. Press Search to look in the explorer.</p>}
          {result.mechanisms.length > 0 && (
            <>
              <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Mechanisms</h2>
              <ul className="mb-2 space-y-1">
                {result.mechanisms.map((m) => (
                  <li key={m.slug}>
                    <Link href={`/processes/${m.slug}/`}>{m.name}</Link>
                    {m.acronym && !m.name.includes(m.acronym) && <span className="text-slate-600"> ({m.acronym})</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {result.countries.length > 0 && (
            <>
              <h2 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Countries</h2>
              <ul className="space-y-1">
                {result.countries.map((c) => (
                  <li key={c.code}>
                    <Link href={`/countries/${c.code.toLowerCase()}/`}>{c.name}</Link>
                    {c.matchedVariant && <span className="text-slate-600"> — also {c.matchedVariant}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}
