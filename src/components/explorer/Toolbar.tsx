"use client";

import { useState } from "react";
import { entriesCsv, type ExplorerEntry } from "@/lib/explorer/entries";
import type { SortKey } from "@/lib/explorer/query";

const SORT_LABELS: Record<SortKey, string> = {
  name: "Name, A–Z",
  "-name": "Name, Z–A",
  founded: "Founded, oldest first",
  "-founded": "Founded, newest first",
  members: "Members, fewest first",
  "-members": "Members, most first",
};

/** Result count (announced), sort, copy link, clear filters and CSV download of exactly these rows. */
export function Toolbar({
  shown,
  total,
  sort,
  onSort,
  canClear,
  onClear,
}: {
  shown: readonly ExplorerEntry[];
  total: number;
  sort: SortKey;
  onSort: (sort: SortKey) => void;
  canClear: boolean;
  onClear: () => void;
}) {
  const [copied, setCopied] = useState("");

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied("Link copied.");
    } catch {
      setCopied("Copy the address from the address bar.");
    }
  };

  const download = () => {
    const blob = new Blob([entriesCsv(shown)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const link = document.createElement("a");
    link.href = url;
    link.download = "rcp-explorer-processes.csv";
    link.click();
    URL.revokeObjectURL(url);
  };

  const button = "rounded border border-slate-400 px-3 py-1.5 text-sm hover:bg-slate-100 disabled:opacity-50";
  return (
    <div className="mb-4 flex flex-col gap-3 border-b border-slate-200 pb-3 sm:flex-row sm:items-center sm:justify-between">
      <p role="status" aria-live="polite" className="font-semibold" id="explorer-count">
        {shown.length === total ? `All ${total} mechanisms` : `${shown.length} of ${total} mechanisms`}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor="explorer-sort" className="text-sm">
          Sort
        </label>
        <select id="explorer-sort" value={sort} onChange={(e) => onSort(e.target.value as SortKey)} className="rounded border border-slate-400 px-2 py-1.5 text-sm">
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <button type="button" className={button} onClick={copyLink}>
          Copy link
        </button>
        <button type="button" className={button} onClick={onClear} disabled={!canClear}>
          Clear filters
        </button>
        <button type="button" className={button} onClick={download} disabled={!shown.length}>
          Download CSV
        </button>
        <span role="status" className="text-sm text-slate-700">
          {copied}
        </span>
      </div>
    </div>
  );
}
