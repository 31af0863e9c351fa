"use client";

/** One end of the founding-year range: any year, or one of the years a mechanism was founded in. */
export function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
}: {
  id: string;
  label: string;
  years: readonly number[];
  value: number | undefined;
  onChange: (year: number | undefined) => void;
}) {
  return (
    <>
      <label htmlFor={id} className="text-sm">
        {label}
      </label>
      <select
        id={id}
        value={value ?? ""}
        onChange={(e) => onChange(e.target.value ? Number(e.target.value) : undefined)}
        className="rounded border border-slate-400 px-2 py-1"
      >
        <option value="">any year</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}
