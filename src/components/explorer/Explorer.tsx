"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { csvFileName, explorerCsv } from "@/lib/explorer/csv";
import { displayCache, rowName, type DisplayRow, type ExplorerLabels } from "@/lib/explorer/display";
import type { Facet } from "@/lib/explorer/filter";
import { EMPTY_STATE, hasFilters, toQueryString, type ExplorerState } from "@/lib/explorer/query";
import type { ClientMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/plural";
import { colon } from "@/lib/i18n/punctuation";
import { href } from "@/lib/routes";
import { statusLabel } from "@/lib/i18n/status";
import { buildNameIndex } from "@/lib/names";
import { useAfterPaint } from "../useAfterPaint";
import { useCopy } from "../useCopy";
import { Filters, type FacetOption } from "./Filters";
import { AppliedFilters, EmptyState, ResultList, ResultTable, type Chip } from "./Results";
import { useExplorerModel } from "./model";
import { useExplorerIndex } from "./useExplorerIndex";

export interface ExplorerProps {
  locale: Locale;
  version: string;
  siteName: string;
  messages: ClientMessages["explorer"];
  labels: ExplorerLabels;
  regionOptions: FacetOption[];
  themeOptions: FacetOption[];
  years: number[];
  /** The first page as the HTML shows it (default view), so hydration finds the same markup. */
  initialRows: DisplayRow[];
  total: number;
  pageSize: number;
  tableHeadings: Parameters<typeof ResultTable>[0]["headings"];
}

/** Rows rendered in the same frame as a change; the rest of the page follows in the background. */
const FIRST_ROWS = 8;

/** The explorer: renders what the model derives from the URL; every control changes the URL. */
export function Explorer(props: ExplorerProps) {
  const { locale, messages, labels, pageSize } = props;
  const { index, failed } = useExplorerIndex(props.version);
  const vocabularyBase = useMemo(() => ({ regions: props.regionOptions.map((o) => o.value), themes: props.themeOptions.map((o) => o.value) }), [props.regionOptions, props.themeOptions]);
  const model = useExplorerModel(index, locale, vocabularyBase);
  const { state, parsed, ready } = model;
  const [paging, setPaging] = useState({ query: "", shown: pageSize });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const { state: copyState, copy } = useCopy();

  // A new view starts again at its first page.
  const viewKey = toQueryString(state);
  if (paging.query !== viewKey) setPaging({ query: viewKey, shown: pageSize });
  const shown = paging.query === viewKey ? paging.shown : pageSize;

  // A row's display never changes for a page: each is built the first time it is shown, then kept
  // (the same object, so its memoised list item does not re-render).
  const display = useMemo(() => displayCache(labels, locale), [labels, locale]);
  // A change paints the first rows at once and the rest of the page a moment later, in the
  // background (not on the first render after the index arrives: the HTML's rows are all there).
  const settledResults = useAfterPaint(model.results);
  const settledReady = useAfterPaint(ready);
  const limit = settledReady && settledResults !== model.results ? Math.min(shown, FIRST_ROWS) : shown;
  const rows = ready ? model.results.slice(0, limit).map(display) : props.initialRows;
  const count = ready ? model.results.length : props.total;
  const label = (facet: Facet, value: string) =>
    facet === "region"
      ? labels.regions[value]
      : facet === "theme"
        ? labels.themes[value]
        : facet === "kind"
          ? labels.kinds[value as keyof typeof labels.kinds]
          : facet === "status"
            ? labels.statuses[value]
            : facet === "secretariat"
              ? (labels.secretariatTypes[value as keyof typeof labels.secretariatTypes] ?? model.organizationName(value))
              : `${messages.chair}${colon(locale)}${model.countryName(value.toUpperCase())}`;

  const chips: Chip[] = !ready
    ? []
    : [
        ...(["region", "theme", "kind", "status", "secretariat", "chair"] as const).flatMap((f) =>
          (state[f] as string[]).map((v) => ({ key: `${f}-${v}`, label: label(f, v) ?? v, without: { ...state, [f]: (state[f] as string[]).filter((x) => x !== v) } })),
        ),
        ...state.country.map((c) => ({ key: `country-${c}`, label: model.countryName(c), without: { ...state, country: state.country.filter((x) => x !== c) } })),
        ...(state.from !== undefined || state.to !== undefined
          ? [{ key: "years", label: `${messages.founded} ${state.from ?? "…"}–${state.to ?? "…"}`, without: { ...state, from: undefined, to: undefined } }]
          : []),
        ...(state.q ? [{ key: "q", label: `“${state.q}”`, without: { ...state, q: "" } }] : []),
      ];

  // The page title follows the filters: "Africa · Trafficking in persons: 10 processes".
  useEffect(() => {
    if (!ready) return;
    const base = `· ${props.siteName}`;
    document.title = chips.length ? `${fill(messages.titleFiltered, { filters: chips.map((c) => c.label).join(" · "), n: count })} ${base}` : `${messages.titleAll} ${base}`;
  });

  const clearAll = () => {
    model.setDraft("");
    model.replace({ ...EMPTY_STATE, sort: state.sort, view: state.view });
    resultsHeading.current?.focus();
  };
  const rolesOf =
    ready && state.country.length
      ? (slug: string) => {
          const row = model.results.find((r) => r.slug === slug);
          return state.country.map((c) => ({ name: model.countryName(c), role: row?.roles.get(c) }));
        }
      : undefined;

  const download = () => {
    const csv = explorerCsv(model.results, {
      headings: messages.csvHeadings,
      kind: (k) => labels.kinds[k as keyof typeof labels.kinds],
      status: (r) => statusLabel(labels.status, { status: r.status, statusAsOf: r.statusAsOf, endedYear: r.ended }, locale),
      region: (id) => labels.regions[id] ?? id,
      theme: (id) => labels.themes[id] ?? id,
      secretariatType: (t) => labels.secretariatTypes[t as keyof typeof labels.secretariatTypes],
      organization: model.organizationName,
      country: model.countryName,
      name: (r) => rowName(r, locale).text,
      url: (slug) => new URL(href({ page: "process", slug }, locale), window.location.origin).href,
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv], { type: "text/csv;charset=utf-8" }));
    link.download = csvFileName(messages.csvName, state, props.version);
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const suggestions = useMemo(() => {
    if (!ready || model.results.length || !state.q || !model.countryIndex) return [];
    const out: { label: string; state: ExplorerState }[] = [];
    const country = model.countryIndex.search(state.q, 1)[0];
    if (country && country.rank <= 1) out.push({ label: fill(messages.theCountry, { name: model.countryName(country.id) }), state: { ...state, q: "", country: [...new Set([...state.country, country.id])] } });
    const themes = buildNameIndex(props.themeOptions.map((o) => ({ id: o.value, names: [o.label, o.value] })));
    const theme = themes.search(state.q, 1)[0];
    if (theme) out.push({ label: fill(messages.theTheme, { name: labels.themes[theme.id], n: model.counts?.theme.get(theme.id) ?? 0 }), state: { ...state, q: "", theme: [...new Set([...state.theme, theme.id])] } });
    return out;
  }, [ready, model, state, messages, labels, props.themeOptions]);

  const removalLabel = (r: (typeof model.removals)[number]) =>
    r.param === "country"
      ? model.countryName(r.value!)
      : r.param === "q"
        ? `“${state.q}”`
        : r.param === "from" || r.param === "to"
          ? `${messages.founded} ${r.param === "from" ? messages.from : messages.to} ${state[r.param]}`
          : r.param === "role"
            ? messages.roleAny
            : r.param === "match"
              ? messages.matchAll
              : (label(r.param as Facet, r.value!) ?? r.value!);

  return (
    <div className="grid grid-cols-1 gap-8 lg:grid-cols-[17rem_minmax(0,1fr)]">
      <div className="needs-js lg:hidden">
        <button type="button" className="btn w-full justify-center" aria-expanded={filtersOpen} aria-controls="explorer-filters" onClick={() => setFiltersOpen((o) => !o)}>
          {fill(messages.filters, { n: chips.length })}
        </button>
      </div>
      <form
        id="explorer-filters"
        aria-label={fill(messages.filters, { n: chips.length })}
        className={`needs-js ${filtersOpen ? "" : "hidden"} lg:block`}
        onSubmit={(e) => {
          e.preventDefault();
          model.update({ q: model.draft });
        }}
      >
        <Filters model={model} messages={messages} labels={labels} themeOptions={props.themeOptions} regionOptions={props.regionOptions} years={props.years} counts={model.counts} />
        <button
          type="button"
          className="btn mt-5 w-full justify-center lg:hidden"
          onClick={() => {
            setFiltersOpen(false);
            resultsHeading.current?.focus();
          }}
        >
          {fill(messages.showResults, { n: count })}
        </button>
      </form>

      <section aria-labelledby="results-heading" id="results" className="min-w-0">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="text-lg">
            <span aria-live="polite">{fill(messages.results, { shown: count, total: props.total })}</span>
          </h2>
          <div className="needs-js flex flex-wrap items-center gap-2 text-sm">
            <label className="flex items-center gap-1">
              {messages.sort}
              <select value={state.sort} disabled={!ready} onChange={(e) => model.update({ sort: e.target.value as ExplorerState["sort"] })} className="rounded border border-slate-400 px-1 py-1">
                <option value="name">{messages.sortName}</option>
                <option value="-name">{messages.sortNameDesc}</option>
                <option value="founded">{messages.sortFounded}</option>
                <option value="-founded">{messages.sortFoundedDesc}</option>
                <option value="-members">{messages.sortMembersDesc}</option>
                <option value="members">{messages.sortMembers}</option>
                <option value="-reported">{messages.sortReportedDesc}</option>
                <option value="reported">{messages.sortReported}</option>
              </select>
            </label>
            <div role="group" aria-label={messages.view} className="flex">
              {(["list", "table"] as const).map((v) => (
                <button key={v} type="button" aria-pressed={state.view === v} disabled={!ready} onClick={() => model.update({ view: v })} className={`border border-slate-400 px-2 py-1 ${state.view === v ? "bg-brand-700 text-white" : "bg-white"}`}>
                  {v === "list" ? messages.viewList : messages.viewTable}
                </button>
              ))}
            </div>
            <button type="button" className="btn" disabled={!ready} onClick={() => copy(window.location.href)}>
              <span aria-live="polite">{copyState === "copied" ? messages.copied : messages.copyLink}</span>
            </button>
            <button type="button" className="btn" disabled={!ready || !model.results.length} onClick={download}>
              {messages.download}
            </button>
          </div>
        </div>
        <AppliedFilters chips={chips} locale={locale} messages={messages} onChange={model.replace} onClear={clearAll} />
        {parsed.ignored.length > 0 && <p className="notice mb-4">{fill(messages.ignored, { values: parsed.ignored.map((i) => `${i.param}=${i.value}`).join(", ") })}</p>}
        {parsed.swappedYears && <p className="notice mb-4">{fill(messages.inverted, { from: parsed.swappedYears.from, to: parsed.swappedYears.to })}</p>}
        {failed && <p className="notice mb-4">{messages.loadError}</p>}
        {!ready && !failed && hasFilters(state) && <p className="muted mb-4">{messages.loading}</p>}
        {ready && !model.results.length ? (
          <EmptyState locale={locale} messages={messages} removals={model.removals} removalLabel={removalLabel} suggestions={suggestions} onChange={model.replace} />
        ) : state.view === "table" ? (
          <ResultTable rows={rows} locale={locale} labels={labels} messages={messages} sort={state.sort} onSort={(sort) => model.update({ sort })} rolesOf={rolesOf} headings={props.tableHeadings} />
        ) : (
          <ResultList rows={rows} locale={locale} labels={labels} rolesOf={rolesOf} />
        )}
        {ready && model.results.length > shown && (
          <button type="button" className="btn mt-4" onClick={() => setPaging({ query: viewKey, shown: shown + pageSize })}>
            {fill(messages.showMore, { n: Math.min(pageSize, model.results.length - shown) })}
          </button>
        )}
      </section>
      {/* The canonical query, for tests and for whoever reads the DOM: what the view is. */}
      <output hidden data-query={ready ? toQueryString(state) : ""} />
    </div>
  );
}
