"use client";

import { useId, useMemo, useRef, useState } from "react";
import type { ClientMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/plural";
import { href, fileHref, type Route } from "@/lib/routes";
import { decisiveHit, searchEngine, SEARCH_KINDS, type SearchEngine, type SearchHit, type SearchIndexJson } from "@/lib/search";

let engine: Promise<SearchEngine> | undefined;

/** The index is fetched once per page, on first focus, and cached by the browser (versioned URL). */
function loadEngine(version: string): Promise<SearchEngine> {
  engine ??= fetch(fileHref(`/data/search-index.json?v=${encodeURIComponent(version)}`))
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
    .then((json: SearchIndexJson) => searchEngine(json));
  engine.catch(() => (engine = undefined));
  return engine;
}

export function hitRoute(hit: Pick<SearchHit, "kind" | "id">): Route {
  switch (hit.kind) {
    case "country":
      return { page: "country", code: hit.id };
    case "process":
      return { page: "process", slug: hit.id };
    case "theme":
      return { page: "theme", id: hit.id };
    case "organization":
      return { page: "organization", id: hit.id };
  }
}

const KIND_HEADING = { country: "countries", process: "processes", theme: "themes", organization: "organizations" } as const;

/**
 * The site search, an ARIA 1.2 combobox: suggestions as you type, arrow keys to move, Enter to open
 * the highlighted (or the single or exact) match, otherwise the results page; Escape closes. Without
 * JavaScript the form goes to the search page, which says what to do instead.
 */
export function SiteSearch({
  locale,
  messages,
  version,
  variant = "header",
}: {
  locale: Locale;
  messages: ClientMessages["search"];
  version: string;
  variant?: "header" | "hero";
}) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [ready, setReady] = useState<SearchEngine>();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  const hits = useMemo(() => (ready && query.trim() ? ready.search(query, locale, 5) : []), [ready, query, locale]);
  const optionId = (i: number) => `${id}-opt-${i}`;
  const go = (route: Route) => window.location.assign(href(route, locale));
  const results = () => go({ page: "search", query: new URLSearchParams({ q: query.trim() }).toString() });

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!hits.length) return;
      event.preventDefault();
      setOpen(true);
      setActive(event.key === "ArrowDown" ? (active + 1) % hits.length : active <= 0 ? hits.length - 1 : active - 1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (!query.trim()) return;
      const chosen = active >= 0 ? hits[active] : decisiveHit(hits);
      if (chosen) go(hitRoute(chosen));
      else results();
    } else if (event.key === "Escape") {
      // A search field clears itself on Escape; with the list open, Escape only closes the list.
      if (open && query) {
        event.preventDefault();
        setOpen(false);
      } else setQuery("");
      setActive(-1);
    }
  };

  const expanded = open && query.trim().length > 0 && ready !== undefined;
  const big = variant === "hero";
  return (
    <form
      role="search"
      action={href({ page: "search" }, locale)}
      method="get"
      className={`relative ${big ? "w-full max-w-2xl" : "w-full sm:w-64"}`}
      onSubmit={(event) => {
        event.preventDefault();
        if (query.trim()) results();
      }}
    >
      <label htmlFor={`${id}-input`} className={big ? "mb-1 block font-semibold" : "sr-only"}>
        {messages.label}
      </label>
      <div className="flex">
        <input
          ref={input}
          id={`${id}-input`}
          name="q"
          type="search"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-list`}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={query}
          placeholder={messages.placeholder}
          onFocus={() => {
            setOpen(true);
            void loadEngine(version).then(setReady, () => undefined);
          }}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          className={`w-full rounded-l border border-slate-400 bg-white px-3 text-slate-900 ${big ? "py-2.5 text-lg" : "py-1.5 text-sm"}`}
        />
        <button type="submit" className={`rounded-r border border-l-0 border-slate-400 bg-brand-700 px-3 font-medium text-white ${big ? "text-base" : "text-sm"}`}>
          {messages.submit}
        </button>
      </div>
      <p id={`${id}-hint`} className="sr-only">
        {messages.hint}
      </p>
      <p className="sr-only" aria-live="polite">
        {expanded ? (hits.length ? fill(messages.count, { n: hits.length }) : messages.noResults) : ""}
      </p>
      <div
        id={`${id}-list`}
        role="listbox"
        aria-label={messages.label}
        hidden={!expanded}
        className="absolute left-0 z-30 mt-1 max-h-[70vh] w-full min-w-72 overflow-auto rounded border border-slate-300 bg-white py-1 text-sm text-slate-900 shadow-lg"
      >
        {!hits.length && <p className="px-3 py-2 text-slate-600">{messages.noResults}</p>}
        {SEARCH_KINDS.map((kind) => {
          const group = hits.filter((h) => h.kind === kind);
          if (!group.length) return null;
          return (
            <div key={kind} role="group" aria-labelledby={`${id}-${kind}`}>
              <p id={`${id}-${kind}`} role="presentation" className="px-3 pt-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">
                {messages[KIND_HEADING[kind]]}
              </p>
              {group.map((hit) => {
                const i = hits.indexOf(hit);
                return (
                  <a
                    key={`${kind}-${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    tabIndex={-1}
                    href={href(hitRoute(hit), locale)}
                    onMouseDown={(event) => event.preventDefault()}
                    className={`block px-3 py-1.5 text-slate-900 no-underline ${i === active ? "bg-brand-100" : "hover:bg-slate-100"}`}
                  >
                    {hit.label}
                    {hit.matched && <span className="text-slate-600"> ({hit.matched})</span>}
                    {hit.count > 0 && <span className="text-slate-500"> · {hit.count}</span>}
                  </a>
                );
              })}
            </div>
          );
        })}
      </div>
    </form>
  );
}
