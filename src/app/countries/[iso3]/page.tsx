import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge, StatusBadge } from "@/components/Badges";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { SourceRef } from "@/components/SourceRef";
import type { Country } from "@/lib/content/countryRegistry";
import { COUNTRY_STATUS_LABELS, foundedLabel, formatPartialDate } from "@/lib/labels";
import { describeCountry, groupCountryForums } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";
import { countryJsonLd } from "@/lib/structuredData";
import { JsonLd } from "@/components/JsonLd";

export const dynamicParams = false;

export async function generateStaticParams() {
  const { registries } = await getSiteData();
  return registries.countries.countries.map((c) => ({ iso3: c.code.toLowerCase() }));
}

type Props = { params: Promise<{ iso3: string }> };

async function getCountry(iso3: string): Promise<Country> {
  const country = (await getSiteData()).registries.countries.byCode.get(iso3.toUpperCase());
  if (!country) throw new Error(`No country "${iso3}"`);
  return country;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { iso3 } = await params;
  const data = await getSiteData();
  const country = await getCountry(iso3);
  return pageMetadata({
    title: country.name,
    description: describeCountry(country.name, data.forumsByCountry.get(country.code) ?? [], data.processes.length),
    path: `/countries/${iso3}/`,
  });
}

export default async function CountryPage({ params }: Props) {
  const { iso3 } = await params;
  const data = await getSiteData();
  const country = await getCountry(iso3);
  const forums = data.forumsByCountry.get(country.code) ?? [];
  const groups = groupCountryForums(forums);
  const groupName = (id: string) => data.groupById.get(id)?.name ?? id;

  return (
    <article>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/countries/", label: "Countries" }, { label: country.name }]} />
      <JsonLd data={countryJsonLd(country.code, data)} />
      <header className="mb-6">
        <h1 className="text-3xl font-bold tracking-tight">{country.name}</h1>
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{describeCountry(country.name, forums, data.processes.length)}</p>
        <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium text-slate-700">Status</dt>
          <dd>{COUNTRY_STATUS_LABELS[country.status]}</dd>
          <dt className="font-medium text-slate-700">Code</dt>
          <dd>{country.code}</dd>
          {country.variants.length > 0 && (
            <>
              <dt className="font-medium text-slate-700">Also known as</dt>
              <dd>{country.variants.join(", ")}</dd>
            </>
          )}
          {country.note && (
            <>
              <dt className="font-medium text-slate-700">Note</dt>
              <dd>{country.note}</dd>
            </>
          )}
        </dl>
      </header>

      {groups.length === 0 ? (
        <p className="max-w-3xl">
          The five source documents do not name {country.name} as a member, observer, partner or guest of any process.
          If that is wrong or out of date, <Link href="/about/#corrections">suggest a correction</Link>.
        </p>
      ) : (
        <>
          <p className="text-sm">
            <Link href={`/processes/?country=${iso3}&role=any`}>Open these {forums.length} in the explorer</Link> to filter
            and sort them.
          </p>
          {groups.map((group) => (
            <section key={group.key} aria-labelledby={`${group.key}-heading`} className="mt-8">
              <h2 id={`${group.key}-heading`} className="mb-2 border-b border-slate-200 pb-1 text-xl font-semibold">
                {group.label} <span className="font-normal text-slate-600">({group.forums.length})</span>
              </h2>
              <ul className="divide-y divide-slate-200">
                {group.forums.map(({ process, viaGroup, asOf, source }) => (
                  <li key={process.slug} className="py-3">
                    <h3 className="text-base font-semibold">
                      <Link href={`/processes/${process.slug}/`}>{process.name.en}</Link>
                      {process.acronym && <span className="font-normal text-slate-600"> ({process.acronym})</span>}
                    </h3>
                    <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-slate-700">
                      <KindBadge kind={process.kind} />
                      <StatusBadge status={process.status} />
                      <span>{process.regions.map((id) => data.regionById.get(id)?.name ?? id).join(", ")}</span>
                      <span aria-hidden="true">·</span>
                      <span>{foundedLabel(process.foundedYear)}</span>
                    </p>
                    <p className="mt-1 text-sm text-slate-600">
                      {viaGroup && <>via {groupName(viaGroup)} · </>}
                      as of {formatPartialDate(asOf)}, source <SourceRef id={source} />
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </article>
  );
}
