import Link from "next/link";
import type { CountryMembership } from "@/lib/content/types";

/** Countries by name, A–Z, each linking to its page; a membership through a group says so. */
export function CountryList({
  memberships,
  countryName,
  groupName,
}: {
  memberships: CountryMembership[];
  countryName: (code: string) => string;
  groupName: (id: string) => string;
}) {
  const sorted = [...memberships].sort((a, b) => countryName(a.country).localeCompare(countryName(b.country), "en"));
  return (
    <ul className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
      {sorted.map((m) => (
        <li key={m.country}>
          <Link href={`/countries/${m.country.toLowerCase()}/`}>{countryName(m.country)}</Link>
          {m.viaGroup && <span className="text-slate-600"> (via {groupName(m.viaGroup)})</span>}
        </li>
      ))}
    </ul>
  );
}
