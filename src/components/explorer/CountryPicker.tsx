"use client";

import { useState } from "react";
import type { CountryOption } from "@/lib/explorer/entries";

/**
 * The member-state filter: type a country's name or any variant ("Turkey", "Swaziland", "Ivory Coast"),
 * press Enter or pick a suggestion; chosen countries show as removable chips.
 */
export function CountryPicker({
  selected,
  role,
  lookup,
  countries,
  countryName,
  onChange,
  onRoleChange,
}: {
  selected: readonly string[];
  role: "member" | "any";
  lookup: (text: string) => CountryOption | undefined;
  countries: readonly CountryOption[];
  countryName: (code: string) => string;
  onChange: (codes: string[]) => void;
  onRoleChange: (role: "member" | "any") => void;
}) {
  const [text, setText] = useState("");
  const [message, setMessage] = useState("");

  const add = (value: string, fromSuggestion: boolean) => {
    const country = lookup(value);
    if (!country) {
      if (!fromSuggestion) setMessage(`No country called “${value}” is known.`);
      return;
    }
    setText("");
    setMessage(country.name === value ? "" : `“${value}” is ${country.name}.`);
    if (!selected.includes(country.code)) onChange([...selected, country.code]);
  };

  return (
    <fieldset>
      <legend className="mb-1 font-semibold">Member state</legend>
      <label htmlFor="explorer-country" className="sr-only">
        Country name
      </label>
      <input
        id="explorer-country"
        type="text"
        list="explorer-country-options"
        value={text}
        autoComplete="off"
        placeholder="Country, e.g. Turkey"
        aria-describedby="explorer-country-status"
        onChange={(e) => {
          setText(e.target.value);
          setMessage("");
          // A pick from the suggestion list arrives as a change whose value is exactly a known name.
          const native = e.nativeEvent as InputEvent;
          if (!native.inputType || native.inputType === "insertReplacementText") add(e.target.value, true);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && text.trim()) {
            e.preventDefault();
            add(text.trim(), false);
          }
        }}
        className="w-full rounded border border-slate-400 px-3 py-2"
      />
      <datalist id="explorer-country-options">
        {countries.map((c) => (
          <option key={c.code} value={c.name} />
        ))}
      </datalist>
      <p id="explorer-country-status" role="status" className="mt-1 min-h-4 text-xs text-slate-700">
        {message}
      </p>
      {selected.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-2" aria-label="Chosen countries">
          {selected.map((code) => (
            <li key={code}>
              <button
                type="button"
                onClick={() => onChange(selected.filter((c) => c !== code))}
                className="rounded-full border border-brand-600 bg-brand-50 px-2.5 py-0.5 text-sm text-brand-900 hover:bg-brand-100"
              >
                {countryName(code)} <span aria-hidden="true">×</span>
                <span className="sr-only"> (remove)</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="mt-2 flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={role === "any"}
          onChange={(e) => onRoleChange(e.target.checked ? "any" : "member")}
          className="h-5 w-5 accent-brand-700"
        />
        Also as observer, partner or guest
      </label>
    </fieldset>
  );
}
