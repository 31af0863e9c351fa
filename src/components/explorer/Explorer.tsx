"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useMemo, useOptimistic, useState, useTransition } from "react";
import { countryLookup } from "@/lib/explorer/countryLookup";
import type { ExplorerProps } from "@/lib/explorer/build";
import { facetCounts, filterEntries } from "@/lib/explorer/filter";
import { EMPTY_FILTERS, hasFilters, parseQuery, toQueryString, type ExplorerFilters } from "@/lib/explorer/query";
import { KINDS, STATUSES } from "@/lib/content/vocabulary";
import { KIND_PLURALS, STATUS_LABELS } from "@/lib/labels";
import { CountryPicker } from "./CountryPicker";
import { EmptyState } from "./EmptyState";
import { FacetGroup } from "./FacetGroup";
import { ResultList } from "./ResultList";
import { Toolbar } from "./Toolbar";
import { YearSelect } from "./YearSelect";

const TEXT_SETTLE_MS = 400;

/**
 * The explorer: state comes from the URL, every change pushes a new URL (so back/forward and shared
 * links reproduce the view), and results are computed from the build-time index.
 */
export function Explorer({ entries, countries, regions, themes }: ExplorerProps) {
  const searchParams = useSearchParams();

  const vocabulary = useMemo(
    () => ({ regions: regions.map((r) => r.id), themes: themes.map((t) => t.id), countries: countries.map((c) => c.code) }),
    [regions, themes, countries],
  );
  const parsed = useMemo(() => parseQuery(new URLSearchParams(searchParams.toString()), vocabulary), [searchParams, vocabulary]);
  const { ignored } = parsed;
  // A change shows at once; the URL (and so the history entry) follows as the navigation completes.
  const [filters, showFilters] = useOptimistic(parsed.filters);
  const [, startTransition] = useTransition();

  // The search box filters as you type; the URL (and history) follows once typing pauses.
  const [draftQuery, setDraftQuery] = useState(filters.q);
  const [syncedQuery, setSyncedQuery] = useState(filters.q);
  if (syncedQuery !== filters.q) {
    setSyncedQuery(filters.q);
    setDraftQuery(filters.q);
  }

  const navigate = (next: ExplorerFilters) => {
    const query = toQueryString(next);
    // A plain history entry: Next keeps useSearchParams in step with it, and no page payload is fetched.
    startTransition(() => {
      showFilters(next);
      window.history.pushState(null, "", query ? `?${query}` : window.location.pathname);
    });
  };
  const update = (change: Partial<ExplorerFilters>) => navigate({ ...filters, q: draftQuery, ...change });

  useEffect(() => {
    if (draftQuery === filters.q) return;
    const timer = setTimeout(() => navigate({ ...filters, q: draftQuery }), TEXT_SETTLE_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a change of the typed text schedules a navigation
  }, [draftQuery]);

  const live = { ...filters, q: draftQuery };
  const results = filterEntries(entries, live);
  const lookup = useMemo(() => countryLookup(countries), [countries]);
  const countryName = (code: string) => countries.find((c) => c.code === code)?.name ?? code;
  const years = useMemo(
    () => [...new Set(entries.flatMap((e) => (e.foundedYear === null ? [] : [e.foundedYear])))].sort((a, b) => a - b),
    [entries],
  );

  const toggle = <K extends "region" | "theme" | "kind" | "status">(param: K, value: ExplorerFilters[K][number]) => {
    const current = filters[param] as string[];
    const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
    update({ [param]: next } as Partial<ExplorerFilters>);
  };

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[18rem_1fr]">
      <a href="#results" className="rounded border border-brand-600 px-3 py-2 text-center text-sm no-underline lg:hidden">
        Skip to the {results.length} results
      </a>
      <form
        aria-label="Filters"
        className="space-y-5"
        onSubmit={(event) => {
          event.preventDefault();
          update({ q: draftQuery });
        }}
      >
        <div>
          <label htmlFor="explorer-q" className="mb-1 block font-semibold">
            Search by name
          </label>
          <input
            id="explorer-q"
            type="search"
            value={draftQuery}
            onChange={(event) => setDraftQuery(event.target.value)}
            placeholder="e.g. Söderköping, MIDSA, Lima"
            className="w-full rounded border border-slate-400 px-3 py-2"
            aria-describedby="explorer-q-help"
          />
          <p id="explorer-q-help" className="mt-1 text-xs text-slate-600">
            Names in English, French and Spanish, acronyms and former names.
          </p>
        </div>

        <CountryPicker
          selected={filters.country}
          role={filters.role}
          lookup={lookup}
          countries={countries}
          countryName={countryName}
          onChange={(country) => update({ country })}
          onRoleChange={(role) => update({ role })}
        />

        <FacetGroup
          legend="Region"
          options={regions.map((r) => ({ value: r.id, label: r.name }))}
          selected={filters.region}
          counts={facetCounts(entries, live, "region")}
          onToggle={(value) => toggle("region", value)}
        />
        <FacetGroup
          legend="Kind"
          options={KINDS.map((k) => ({ value: k, label: KIND_PLURALS[k] }))}
          selected={filters.kind}
          counts={facetCounts(entries, live, "kind")}
          onToggle={(value) => toggle("kind", value as ExplorerFilters["kind"][number])}
        />
        <FacetGroup
          legend="Status"
          options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          selected={filters.status}
          counts={facetCounts(entries, live, "status")}
          onToggle={(value) => toggle("status", value as ExplorerFilters["status"][number])}
        />

        <fieldset>
          <legend className="mb-1 font-semibold">Founded</legend>
          <div className="flex items-center gap-2">
            <YearSelect id="explorer-from" label="from" years={years} value={filters.from} onChange={(from) => update({ from })} />
            <YearSelect id="explorer-to" label="to" years={years} value={filters.to} onChange={(to) => update({ to })} />
          </div>
        </fieldset>

        <FacetGroup
          collapsible
          legend="Theme"
          options={themes.map((t) => ({ value: t.id, label: t.name }))}
          selected={filters.theme}
          counts={facetCounts(entries, live, "theme")}
          onToggle={(value) => toggle("theme", value)}
        />
      </form>

      <section aria-label="Results" id="results">
        <Toolbar
          shown={results}
          total={entries.length}
          sort={filters.sort}
          onSort={(sort) => update({ sort })}
          canClear={hasFilters(live)}
          onClear={() => {
            setDraftQuery("");
            navigate(EMPTY_FILTERS);
          }}
        />
        {ignored.length > 0 && (
          <p role="note" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm">
            Some values in this link were not recognised and are ignored:{" "}
            {ignored.map((i) => `${i.param}=${i.value}`).join(", ")}.
          </p>
        )}
        {results.length ? (
          <ResultList entries={results} regionName={(id) => regions.find((r) => r.id === id)?.name ?? id} />
        ) : (
          <EmptyState entries={entries} filters={live} countryName={countryName} onChange={(next) => navigate(next)} />
        )}
      </section>
    </div>
  );
}
