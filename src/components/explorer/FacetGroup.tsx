"use client";

import { useId } from "react";

export interface FacetOption {
  value: string;
  label: string;
}

/** A labelled group of checkboxes; each option says how many results choosing it would give. */
export function FacetGroup({
  legend,
  options,
  selected,
  counts,
  onToggle,
  collapsible = false,
}: {
  collapsible?: boolean;
  legend: string;
  options: FacetOption[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle: (value: string) => void;
}) {
  const id = useId();
  const group = (
    <fieldset>
      <legend className={collapsible ? "sr-only" : "mb-1 font-semibold"}>{legend}</legend>
      <ul>
        {options.map((option) => {
          const count = counts.get(option.value) ?? 0;
          const checked = selected.includes(option.value);
          return (
            <li key={option.value}>
              <label htmlFor={`${id}-${option.value}`} className={`flex items-center gap-2 py-1 text-sm ${!count && !checked ? "text-slate-500" : ""}`}>
                <input
                  id={`${id}-${option.value}`}
                  type="checkbox"
                  checked={checked}
                  onChange={() => onToggle(option.value)}
                  className="h-5 w-5 accent-brand-700"
                />
                <span className="flex-1">{option.label}</span>
                <span className="tabular-nums text-slate-600" aria-label={`${count} results`}>
                  {count}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
  if (!collapsible) return group;
  // A long list starts folded unless one of its options is chosen.
  return (
    <details open={selected.length > 0} className="group">
      <summary className="cursor-pointer py-1 font-semibold">
        {legend}
        {selected.length > 0 && <span className="font-normal text-slate-600"> ({selected.length} chosen)</span>}
      </summary>
      {group}
    </details>
  );
}
