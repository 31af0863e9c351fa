import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { CountryFilter } from "@/components/CountryFilter";
import { countrySearchEntry } from "@/lib/countrySearch";
import { COUNTRY_STATUS_LABELS } from "@/lib/labels";
import { forumCountLabel, groupByInitial } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Countries",
  description: "Every country and territory, A–Z, with its other names and the number of migration consultation forums it takes part in. Open one to see its forums by role.",
  path: "/countries/",
});

export default async function CountriesPage() {
  const data = await getSiteData();
  const { countries } = data.registries.countries;
  const groups = groupByInitial(countries, (c) => c.name);
  const inForums = countries.filter((c) => data.forumsByCountry.has(c.code)).length;

  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Countries" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Countries</h1>
      <p className="mt-3 max-w-3xl text-slate-800">
        All {countries.length} countries and territories in the registry, {inForums} of them listed in at least one of the{" "}
        {data.processes.length} mechanisms recorded here. Each is shown with its other names — official, native and former
        names and the sources&rsquo; own spellings — so searching for Swaziland finds Eswatini. Open a country to see its
        forums, by role.
      </p>

      <div className="mt-6">
        <CountryFilter entries={countries.map(countrySearchEntry)}>
          <nav aria-label="Countries by first letter" className="mb-6">
            <ul className="flex flex-wrap gap-1">
              {groups.map(({ initial }) => (
                <li key={initial} data-country-initial={initial}>
                  <a
                    href={`#letter-${initial}`}
                    className="inline-flex h-9 min-w-9 items-center justify-center rounded border border-slate-300 px-2 font-medium no-underline hover:border-brand-600"
                  >
                    {initial}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          {groups.map(({ initial, items }) => (
            <section key={initial} aria-labelledby={`letter-${initial}`} data-country-initial={initial} className="mb-6">
              <h2 id={`letter-${initial}`} className="mb-1 scroll-mt-4 border-b border-slate-200 pb-1 text-xl font-semibold">
                {initial}
              </h2>
              <ul className="divide-y divide-slate-100">
                {items.map((country) => {
                  const forums = data.forumsByCountry.get(country.code)?.length ?? 0;
                  return (
                    <li
                      key={country.code}
                      data-country-row={country.code}
                      className="grid grid-cols-1 gap-x-4 py-2 sm:grid-cols-[1fr_auto] sm:items-baseline"
                    >
                      <p>
                        <Link href={`/countries/${country.code.toLowerCase()}/`} className="font-medium">
                          {country.name}
                        </Link>
                        {country.variants.length > 0 && (
                          <span className="text-sm text-slate-600"> — also {country.variants.join(", ")}</span>
                        )}
                      </p>
                      <p className="text-sm text-slate-700 sm:text-right">
                        {COUNTRY_STATUS_LABELS[country.status]} <span aria-hidden="true">·</span>{" "}
                        <span className={forums === 0 ? "text-slate-500" : "font-medium text-slate-900"}>{forumCountLabel(forums)}</span>
                      </p>
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </CountryFilter>
      </div>
    </div>
  );
}
