"use client";

import { memo } from "react";

import type { DisplayRow, ExplorerLabels } from "@/lib/explorer/display";
import type { ExplorerState, SortKey } from "@/lib/explorer/query";
import type { Removal } from "@/lib/explorer/filter";
import type { ClientMessages } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { fill } from "@/lib/i18n/plural";
import { colon, questionMark } from "@/lib/i18n/punctuation";
import { href } from "@/lib/routes";
import type { Role } from "@/lib/content/vocabulary";

type Messages = ClientMessages["explorer"];

export interface Chip {
  key: string;
  label: string;
  without: ExplorerState;
}

/** The filters in force, each removable in one click, and "clear all". */
export function AppliedFilters({ chips, locale, messages, onChange, onClear }: { chips: Chip[]; locale: Locale; messages: Messages; onChange: (s: ExplorerState) => void; onClear: () => void }) {
  if (!chips.length) return null;
  return (
    <div className="mb-4 flex flex-wrap items-center gap-2" role="group" aria-label={messages.applied}>
      <span className="text-sm font-medium">{`${messages.applied}${colon(locale).trimEnd()}`}</span>
      {chips.map((chip) => (
        <button key={chip.key} type="button" className="chip" onClick={() => onChange(chip.without)} aria-label={fill(messages.remove, { label: chip.label })}>
          {chip.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button type="button" className="text-sm underline" onClick={onClear}>
        {messages.clearAll}
      </button>
    </div>
  );
}

function RolesLine({ roles, labels, locale }: { roles?: { name: string; role?: Role }[]; labels: ExplorerLabels; locale: Locale }) {
  if (!roles?.length) return null;
  return <span className="block text-sm text-slate-700">{roles.map((r) => `${r.name}${colon(locale)}${r.role ? labels.roles[r.role].toLowerCase() : "—"}`).join(" · ")}</span>;
}

/** One result; memoised, so a change of filters re-renders only the rows that change. */
const ResultItem = memo(function ResultItem({ r, locale, labels, roles }: { r: DisplayRow; locale: Locale; labels: ExplorerLabels; roles?: { name: string; role?: Role }[] }) {
  return (
        <li className="py-3">
          <a href={href({ page: "process", slug: r.slug }, locale)} className="font-semibold" lang={r.lang}>
            {r.name}
          </a>
          <span className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
            <span className={`badge badge-${r.kind}`} title={r.kindLabel}>
              {r.kindShort}
            </span>
            <span className={`badge badge-${r.tone}`}>{r.status}</span>
            <span>{r.regions}</span>
            <span>{r.founded ?? "—"}</span>
            <span>{r.membersText}</span>
          </span>
          <RolesLine roles={roles} labels={labels} locale={locale} />
        </li>
  );
});

export function ResultList({ rows, locale, labels, rolesOf }: { rows: DisplayRow[]; locale: Locale; labels: ExplorerLabels; rolesOf?: (slug: string) => { name: string; role?: Role }[] }) {
  return (
    <ol className="divide-y divide-slate-200 border-y border-slate-200">
      {rows.map((r) => (
        <ResultItem key={r.slug} r={r} locale={locale} labels={labels} roles={rolesOf?.(r.slug)} />
      ))}
    </ol>
  );
}

const SORTABLE: Record<string, SortKey> = { name: "name", founded: "founded", members: "members", status: "reported" };

export function ResultTable({
  rows,
  locale,
  labels,
  messages,
  sort,
  onSort,
  rolesOf,
  headings,
}: {
  rows: DisplayRow[];
  locale: Locale;
  labels: ExplorerLabels;
  messages: Messages;
  sort: SortKey;
  onSort: (s: SortKey) => void;
  rolesOf?: (slug: string) => { name: string; role?: Role }[];
  headings: { name: string; kind: string; regions: string; founded: string; members: string; observers: string; status: string; secretariat: string };
}) {
  const header = (key: keyof typeof headings, numeric = false) => {
    const sortKey = SORTABLE[key];
    const active = sortKey && sort.replace(/^-/, "") === sortKey;
    const descending = sort.startsWith("-");
    return (
      <th scope="col" className={numeric ? "num" : ""} aria-sort={active ? (descending ? "descending" : "ascending") : undefined}>
        {sortKey ? (
          <button type="button" className="font-semibold underline decoration-dotted" onClick={() => onSort(active && !descending ? (`-${sortKey}` as SortKey) : sortKey)}>
            {headings[key]}
            <span aria-hidden="true">{active ? (descending ? " ↓" : " ↑") : ""}</span>
          </button>
        ) : (
          headings[key]
        )}
      </th>
    );
  };
  return (
    <table className="data-table stack-sm">
      <caption className="sr-only">{messages.resultsHeading}</caption>
      <thead>
        <tr>
          {header("name")}
          {header("kind")}
          {header("regions")}
          {header("founded", true)}
          {header("members", true)}
          {header("observers", true)}
          {header("status")}
          {header("secretariat")}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.slug}>
            <th scope="row" className="font-normal">
              <a href={href({ page: "process", slug: r.slug }, locale)} lang={r.lang}>
                {r.name}
              </a>
              <RolesLine roles={rolesOf?.(r.slug)} labels={labels} locale={locale} />
            </th>
            <td data-label={headings.kind}>{r.kindShort}</td>
            <td data-label={headings.regions}>{r.regions}</td>
            <td data-label={headings.founded} className="num">
              {r.founded ?? "—"}
            </td>
            <td data-label={headings.members} className="num">
              {r.unnamed ? `${r.members} + ${r.unnamed}` : r.members}
            </td>
            <td data-label={headings.observers} className="num">
              {r.observers}
            </td>
            <td data-label={headings.status}>{r.status}</td>
            <td data-label={headings.secretariat}>{r.secretariat}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EmptyState({
  locale,
  messages,
  removals,
  removalLabel,
  suggestions,
  onChange,
}: {
  locale: Locale;
  messages: Messages;
  removals: Removal[];
  removalLabel: (r: Removal) => string;
  suggestions: { label: string; state: ExplorerState }[];
  onChange: (s: ExplorerState) => void;
}) {
  return (
    <div className="notice">
      <p className="font-medium">{messages.empty}</p>
      {suggestions.length > 0 && (
        <p className="mt-2">
          {messages.didYouMean}{" "}
          {suggestions.map((s, i) => (
            <span key={s.label}>
              {i > 0 && " · "}
              <button type="button" className="underline" onClick={() => onChange(s.state)}>
                {s.label}
              </button>
            </span>
          ))}
          {questionMark(locale)}
        </p>
      )}
      {removals.length > 0 && (
        <>
          <p className="mt-2">{messages.emptyTry}</p>
          <ul className="mt-1 list-disc pl-5">
            {removals.map((r) => (
              <li key={`${r.param}-${r.value ?? ""}`}>
                <button type="button" className="underline" onClick={() => onChange(r.state)}>
                  {removalLabel(r)}
                </button>{" "}
                ({r.count})
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
