"use client";

import { useId, useState } from "react";
import { foldWords, matchesAllWords } from "@/lib/names";
import { fill } from "@/lib/i18n/plural";
import { useHydrated } from "./useCopy";

/**
 * Filters the country list on the page by any name (every language, the sources' spellings): rows
 * carry their folded names in `data-names`. The field is in the HTML from the start (disabled
 * until the browser runs), so nothing moves when it wakes up.
 */
export function CountryFilter({ label, shownTemplate, total, listId }: { label: string; shownTemplate: string; total: number; listId: string }) {
  const id = useId();
  const hydrated = useHydrated();
  const [shown, setShown] = useState(total);
  const apply = (query: string) => {
    const words = foldWords(query);
    const list = document.getElementById(listId);
    if (!list) return;
    let count = 0;
    list.querySelectorAll<HTMLElement>("[data-names]").forEach((row) => {
      const match = matchesAllWords(row.dataset.names ?? "", words);
      row.hidden = !match;
      if (match) count++;
    });
    list.querySelectorAll<HTMLElement>("[data-group]").forEach((group) => {
      group.hidden = !group.querySelector("[data-names]:not([hidden])");
    });
    setShown(count);
  };
  return (
    <div className="no-print">
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <input id={id} type="search" disabled={!hydrated} onChange={(e) => apply(e.target.value)} className="w-full max-w-md rounded border border-slate-400 px-3 py-2" />
      <p className="muted mt-1" aria-live="polite">
        {fill(shownTemplate, { n: shown })}
      </p>
    </div>
  );
}
