"use client";

import { useId, useState } from "react";
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

/** One group of checkboxes with the count each option would give. */
function FacetGroup({
  legend,
  options,
  selected,
  counts,
  disabled,
  onToggle,
  filterLabel,
}: {
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  counts?: Map<string, number>;
  disabled: boolean;
  onToggle: (value: string) => void;
  filterLabel?: string;
}) {
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
                <input type="checkbox" className="mt-0.5 size-4 shrink-0" checked={selected.includes(o.value)} disabled={disabled} onChange={() => onToggle(o.value)} />
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
}

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
      {model.ready && (
        <datalist id={`${id}-list`}>
          {(model.vocabulary?.countries ?? []).map((code) => (
            <option key={code} value={countryName(code)} />
          ))}
        </datalist>
      )}
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

function YearSelect({ label, value, years, disabled, anyLabel, onChange }: { label: string; value?: number; years: number[]; disabled: boolean; anyLabel: string; onChange: (v?: number) => void }) {
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
}

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
  const { state, update, ready } = model;
  const toggle = (facet: Facet, value: string) => {
    const current = state[facet] as string[];
    update({ [facet]: current.includes(value) ? current.filter((v) => v !== value) : [...current, value] });
  };
  const secretariatOptions: FacetOption[] = [
    ...SECRETARIAT_TYPES.map((type) => ({ value: type, label: labels.secretariatTypes[type] })),
    ...(model.vocabulary?.organizations ?? []).map((org) => ({ value: org, label: model.organizationName(org) })),
  ];
  const chairs = [...(counts?.chair.keys() ?? [])].sort((a, b) => model.countryName(a).localeCompare(model.countryName(b)));
  const facet = (f: Facet, legend: string, options: FacetOption[], filterLabel?: string) => (
    <FacetGroup legend={legend} options={options} selected={state[f] as string[]} counts={counts?.[f]} disabled={!ready} onToggle={(v) => toggle(f, v)} filterLabel={filterLabel} />
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
      {facet("kind", messages.kind, KINDS.map((k) => ({ value: k, label: labels.kinds[k] })))}
      {facet("status", messages.status, STATUSES.map((s) => ({ value: s, label: labels.statuses[s] })))}
      {facet("secretariat", messages.secretariat, secretariatOptions)}
      <div>
        <label htmlFor={`${id}-chair`} className="mb-1 block font-semibold">
          {messages.chair}
        </label>
        <select
          id={`${id}-chair`}
          value={state.chair[0] ?? ""}
          disabled={!ready}
          onChange={(e) => update({ chair: e.target.value ? [e.target.value] : [] })}
          className="w-full rounded border border-slate-400 px-2 py-1.5"
        >
          <option value="">{messages.chairAny}</option>
          {chairs.map((code) => (
            <option key={code} value={code}>
              {model.countryName(code)} ({counts?.chair.get(code) ?? 0})
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="mb-1 font-semibold">{messages.founded}</legend>
        <div className="flex gap-2">
          <YearSelect label={messages.from} value={state.from} years={years} disabled={!ready} anyLabel={messages.anyYear} onChange={(from) => update({ from })} />
          <YearSelect label={messages.to} value={state.to} years={years} disabled={!ready} anyLabel={messages.anyYear} onChange={(to) => update({ to })} />
        </div>
      </fieldset>
    </div>
  );
}
