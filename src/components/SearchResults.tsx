"use client";

import { useEffect, useState } from "react";
import type { ClientMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/plural";
import { fileHref, href } from "@/lib/routes";
import { SEARCH_KINDS, searchEngine, type SearchHit, type SearchIndexJson } from "@/lib/search";
import { useQueryString } from "./explorer/useExplorerUrl";
import { hitRoute } from "./SiteSearch";

const HEADING = { country: "countries", process: "processes", theme: "themes", organization: "organizations" } as const;

/** The results page of the site search, grouped by kind, for the query in the address. */
export function SearchResults({ locale, messages, version }: { locale: Locale; messages: ClientMessages["search"]; version: string }) {
  const [search] = useQueryString();
  const q = new URLSearchParams(search).get("q")?.trim() ?? "";
  const [hits, setHits] = useState<SearchHit[]>();
  useEffect(() => {
    if (!q) return;
    fetch(fileHref(`/data/search-index.json?v=${encodeURIComponent(version)}`))
      .then((r) => r.json())
      .then((json: SearchIndexJson) => setHits(searchEngine(json).search(q, locale, 50)))
      .catch(() => setHits([]));
  }, [q, locale, version]);
  if (!q) return <p className="muted">{messages.enterQuery}</p>;
  if (!hits) return <p className="muted">{messages.loading}</p>;
  return (
    <div aria-live="polite">
      <h2 className="mb-4">{fill(messages.resultsFor, { q })}</h2>
      {!hits.length && <p>{messages.noResults}</p>}
      <div className="grid gap-6 md:grid-cols-2">
        {SEARCH_KINDS.map((kind) => {
          const group = hits.filter((h) => h.kind === kind);
          if (!group.length) return null;
          return (
            <section key={kind} aria-labelledby={`results-${kind}`}>
              <h3 id={`results-${kind}`} className="mb-2">
                {messages[HEADING[kind]]} ({group.length})
              </h3>
              <ul className="space-y-1">
                {group.map((h) => (
                  <li key={h.id}>
                    <a href={href(hitRoute(h), locale)}>{h.label}</a>
                    {h.matched && <span className="text-slate-600"> ({h.matched})</span>}
                    {h.count > 0 && <span className="text-slate-600"> · {h.count}</span>}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
