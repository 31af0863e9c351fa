"use client";

import { memo, useCallback, useId, useMemo, useState } from "react";
import type { ExplorerLabels } from "@/lib/explorer/display";
import type { Facet, FacetCounts } from "@/lib/explorer/filter";
import type { ClientMessages } from "@/lib/i18n";
import { fill } from "@/lib/i18n/plural";
import { decisiveHit } from "@/lib/search";
import { KINDS, SECRETARIAT_TYPES, STATUSES } from "@/lib/content/vocabulary";
import type { ExplorerModel } from "./model";

type Messages = ClientMessages["explorer"];

export interface FacetOption {
  value: string;
  label: string;
}

interface FacetGroupProps {
  facet: Facet;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  counts?: Counts;
  disabled: boolean;
  onToggle: (facet: Facet, value: string) => void;
  filterLabel?: string;
}

type Counts = Map<string, number> | undefined;

/**
 * memo's comparison for a control that shows counts: every other prop the same value, and the
 * counts it shows (the keys `shown` names) the same numbers — the tables are new on every change,
 * their numbers mostly equal.
 */
function sameExceptCounts<P extends { counts?: Counts }>(shown: (a: P, b: P) => Iterable<string>) {
  return (a: P, b: P): boolean => {
    const keys = Object.keys(b) as (keyof P)[];
    if (Object.keys(a).length !== keys.length || !keys.every((k) => k === "counts" || Object.is(a[k], b[k]))) return false;
    if (a.counts === b.counts) return true;
    if (!a.counts || !b.counts) return false;
    for (const key of shown(a, b)) if (a.counts.get(key) !== b.counts.get(key)) return false;
    return true;
  };
}

/**
 * One group of checkboxes with the count each option would give. Memoised: a keystroke or a click
 * re-renders only the groups whose counts or selection changed.
 */
const FacetGroup = memo(
  function FacetGroup({ facet, legend, options, selected, counts, disabled, onToggle, filterLabel }: FacetGroupProps) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const shown = filter ? options.filter((o) => o.label.toLowerCase().includes(filter.toLowerCase()) || selected.includes(o.value)) : options;
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 font-semibold">{legend}</legend>
      {filterLabel && (
        <>
          <label htmlFor={`${id}-filter`} className="sr-only">
            {filterLabel}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            placeholder={filterLabel}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            className="mb-2 w-full rounded border border-slate-400 px-2 py-1 text-sm"
          />
        </>
      )}
      <ul className={`text-sm ${filterLabel ? "max-h-64 overflow-y-auto pr-1" : ""}`} {...(filterLabel ? { tabIndex: 0, "aria-label": legend } : {})}>
        {shown.map((o) => {
          const count = counts?.get(o.value) ?? 0;
          return (
            <li key={o.value}>
              <label className="flex min-h-6 items-start gap-2 py-0.5">
                <input type="checkbox" className="mt-0.5 size-4 shrink-0" checked={selected.includes(o.value)} disabled={disabled} onChange={() => onToggle(facet, o.value)} />
                <span>
                  {o.label} <span className="text-slate-600 tabular-nums">({counts ? count : "…"})</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
  },
  sameExceptCounts<FacetGroupProps>((_, b) => b.options.map((o) => o.value)),
);

/** Every country name as a suggestion for the country field: built once per index. */
const CountryOptions = memo(function CountryOptions({ id, codes, countryName }: { id: string; codes: readonly string[]; countryName: (code: string) => string }) {
  return (
    <datalist id={id}>
      {codes.map((code) => (
        <option key={code} value={countryName(code)} />
      ))}
    </datalist>
  );
});

function CountryPicker({ model, messages }: { model: ExplorerModel; messages: Messages }) {
  const id = useId();
  const [text, setText] = useState("");
  const [unknown, setUnknown] = useState("");
  const { state, update, countryIndex, countryName } = model;
  const add = () => {
    if (!countryIndex || !text.trim()) return;
    const hits = countryIndex.search(text, 5).map((h) => ({ ...h, kind: "country" as const, label: h.name, count: 0 }));
    const hit = decisiveHit(hits);
    if (!hit) return setUnknown(text);
    setUnknown("");
    setText("");
    if (!state.country.includes(hit.id)) update({ country: [...state.country, hit.id] });
  };
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1 font-semibold">{messages.country}</legend>
      <div className="flex gap-2">
        <label htmlFor={`${id}-input`} className="sr-only">
          {messages.country}
        </label>
        <input
          id={`${id}-input`}
          list={`${id}-list`}
          value={text}
          disabled={!model.ready}
          placeholder={messages.countryPlaceholder}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          aria-describedby={unknown ? `${id}-unknown` : undefined}
          className="w-full min-w-0 rounded border border-slate-400 px-2 py-1.5"
        />
        <button type="button" className="btn" onClick={add} disabled={!model.ready}>
          {messages.countryAdd}
        </button>
      </div>
      {model.ready && <CountryOptions id={`${id}-list`} codes={model.vocabulary?.countries ?? NONE} countryName={countryName} />}
      {unknown && (
        <p id={`${id}-unknown`} role="alert" className="mt-1 text-sm text-red-800">
          {fill(messages.countryUnknown, { q: unknown })}
        </p>
      )}
      {state.country.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-1">
          {state.country.map((code) => (
            <li key={code}>
              <button type="button" className="chip" onClick={() => update({ country: state.country.filter((c) => c !== code) })} aria-label={fill(messages.countryRemove, { name: countryName(code) })}>
                {countryName(code)} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="mt-2 flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={state.role === "any"} disabled={!model.ready} onChange={(e) => update({ role: e.target.checked ? "any" : "member" })} />
        {messages.roleAny}
      </label>
      {state.country.length > 1 && (
        <label className="mt-1 flex items-start gap-2 text-sm">
          <input type="checkbox" className="mt-1" checked={state.match === "all"} onChange={(e) => update({ match: e.target.checked ? "all" : "any" })} />
          {messages.matchAll}
        </label>
      )}
    </fieldset>
  );
}

const NONE: readonly string[] = [];

const YearSelect = memo(function YearSelect({ label, value, years, disabled, anyLabel, onChange }: { label: string; value?: number; years: number[]; disabled: boolean; anyLabel: string; onChange: (v?: number) => void }) {
  const id = useId();
  return (
    <div className="min-w-0 flex-1">
      <label htmlFor={id} className="block text-sm">
        {label}
      </label>
      <select id={id} value={value ?? ""} disabled={disabled} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)} className="w-full rounded border border-slate-400 px-2 py-1.5">
        <option value="">{anyLabel}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
});

interface ChairSelectProps {
  label: string;
  anyLabel: string;
  selected?: string;
  counts?: Counts;
  disabled: boolean;
  countryName: (code: string) => string;
  onChange: (code?: string) => void;
}

/** The chair filter: the countries that chair a mechanism in the view, with how many. */
const ChairSelect = memo(
  function ChairSelect({ label, anyLabel, selected, counts, disabled, countryName, onChange }: ChairSelectProps) {
    const id = useId();
    const chairs = [...(counts?.keys() ?? [])].sort((a, b) => countryName(a).localeCompare(countryName(b)));
    return (
      <div>
        <label htmlFor={id} className="mb-1 block font-semibold">
          {label}
        </label>
        <select id={id} value={selected ?? ""} disabled={disabled} onChange={(e) => onChange(e.target.value || undefined)} className="w-full rounded border border-slate-400 px-2 py-1.5">
          <option value="">{anyLabel}</option>
          {chairs.map((code) => (
            <option key={code} value={code}>
              {countryName(code)} ({counts?.get(code) ?? 0})
            </option>
          ))}
        </select>
      </div>
    );
  },
  // Every chair either table names: one that appears or disappears changes the list.
  sameExceptCounts<ChairSelectProps>((a, b) => [...(a.counts?.keys() ?? []), ...(b.counts?.keys() ?? [])]),
);

/** The filter panel: search, country, then the facets (theme first: the researcher's main axis), chair, founding years. */
export function Filters({
  model,
  messages,
  labels,
  themeOptions,
  regionOptions,
  years,
  counts,
}: {
  model: ExplorerModel;
  messages: Messages;
  labels: ExplorerLabels;
  themeOptions: FacetOption[];
  regionOptions: FacetOption[];
  years: number[];
  counts?: FacetCounts;
}) {
  const id = useId();
  const { state, update, toggle, ready, vocabulary, organizationName } = model;
  const kindOptions = useMemo(() => KINDS.map((k) => ({ value: k, label: labels.kinds[k] })), [labels]);
  const statusOptions = useMemo(() => STATUSES.map((s) => ({ value: s, label: labels.statuses[s] })), [labels]);
  const secretariatOptions = useMemo<FacetOption[]>(
    () => [...SECRETARIAT_TYPES.map((type) => ({ value: type, label: labels.secretariatTypes[type] })), ...(vocabulary?.organizations ?? []).map((org) => ({ value: org, label: organizationName(org) }))],
    [labels, vocabulary, organizationName],
  );
  const onChair = useCallback((code?: string) => update({ chair: code ? [code] : [] }), [update]);
  const onFrom = useCallback((from?: number) => update({ from }), [update]);
  const onTo = useCallback((to?: number) => update({ to }), [update]);
  const facet = (f: Facet, legend: string, options: FacetOption[], filterLabel?: string) => (
    <FacetGroup facet={f} legend={legend} options={options} selected={state[f] as string[]} counts={counts?.[f]} disabled={!ready} onToggle={toggle} filterLabel={filterLabel} />
  );
  return (
    <div className="space-y-5">
      <div>
        <label htmlFor={`${id}-q`} className="mb-1 block font-semibold">
          {messages.searchLabel}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={model.draft}
          onChange={(e) => model.setDraft(e.target.value)}
          placeholder={messages.searchPlaceholder}
          aria-describedby={`${id}-q-help`}
          className="w-full rounded border border-slate-400 px-3 py-2"
        />
        <p id={`${id}-q-help`} className="mt-1 text-xs text-slate-600">
          {messages.searchHelp}
        </p>
      </div>
      <CountryPicker model={model} messages={messages} />
      {facet("theme", messages.theme, themeOptions, messages.themeFilter)}
      {facet("region", messages.region, regionOptions)}
      {facet("kind", messages.kind, kindOptions)}
      {facet("status", messages.status, statusOptions)}
      {facet("secretariat", messages.secretariat, secretariatOptions)}
      <ChairSelect label={messages.chair} anyLabel={messages.chairAny} selected={state.chair[0]} counts={counts?.chair} disabled={!ready} countryName={model.countryName} onChange={onChair} />
      <fieldset>
        <legend className="mb-1 font-semibold">{messages.founded}</legend>
        <div className="flex gap-2">
          <YearSelect label={messages.from} value={state.from} years={years} disabled={!ready} anyLabel={messages.anyYear} onChange={onFrom} />
          <YearSelect label={messages.to} value={state.to} years={years} disabled={!ready} anyLabel={messages.anyYear} onChange={onTo} />
        </div>
      </fieldset>
    </div>
  );
}
