"use client";

import { suggestRemovals } from "@/lib/explorer/suggestions";
import type { ExplorerEntry } from "@/lib/explorer/entries";
import type { ExplorerFilters } from "@/lib/explorer/query";

/** No result: say so, and offer the single removals that would bring results back. */
export function EmptyState({
  entries,
  filters,
  countryName,
  onChange,
}: {
  entries: readonly ExplorerEntry[];
  filters: ExplorerFilters;
  countryName: (code: string) => string;
  onChange: (filters: ExplorerFilters) => void;
}) {
  const suggestions = suggestRemovals(entries, filters, countryName);
  return (
    <div className="rounded border border-slate-200 bg-slate-50 p-4">
      <p className="font-semibold">No mechanism matches all of these filters.</p>
      {suggestions.length > 0 && (
        <>
          <p className="mt-2 text-sm">Try removing one:</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map((s) => (
              <li key={s.label}>
                <button
                  type="button"
                  onClick={() => onChange(s.filters)}
                  className="rounded border border-slate-400 bg-white px-3 py-1 text-sm hover:bg-slate-100"
                >
                  Remove {s.label} ({s.count} {s.count === 1 ? "result" : "results"})
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
