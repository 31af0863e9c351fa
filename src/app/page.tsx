import type { Metadata } from "next";
import Link from "next/link";
import { HomeSearch } from "@/components/HomeSearch";
import { ProcessList } from "@/components/ProcessList";
import { KINDS } from "@/lib/content/schema";
import { KIND_PLURALS } from "@/lib/labels";
import { pageMetadata } from "@/lib/pageMetadata";
import { getSiteData, type SiteData } from "@/lib/siteData";
import { searchableCountry } from "@/lib/homeSearch";
import { searchTextOf } from "@/lib/explorer/entries";
import { siteConfig } from "@/site.config";

export const metadata: Metadata = {
  ...pageMetadata({ title: `${siteConfig.name} — ${siteConfig.tagline}`, description: siteConfig.description, path: "/" }),
  title: { absolute: `${siteConfig.name} — ${siteConfig.tagline}` },
};

export default async function HomePage() {
  const data = await getSiteData();
  const { processes, registries } = data;
  const countriesInForums = data.forumsByCountry.size;

  return (
    <div className="space-y-12">
      <section aria-labelledby="intro-heading" className="max-w-3xl">
        <h1 id="intro-heading" className="text-3xl font-bold tracking-tight sm:text-4xl">
          Where states talk about migration
        </h1>
        <p className="mt-4 text-lg text-slate-800">
          Governments meet in informal, non-binding forums — regional consultative processes, inter-regional forums and
          global processes — to discuss migration. {siteConfig.name} lists who takes part in each, since when, who runs
          it and what it works on, with every fact traced to its source.
        </p>
        <HomeSearch {...homeSearchData(data)} />
      </section>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" className="sr-only">
          In figures
        </h2>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {KINDS.map((kind) => (
            <div key={kind} className="rounded border border-slate-200 p-4">
              <dt className="text-sm text-slate-700">{KIND_PLURALS[kind]}</dt>
              <dd className="text-3xl font-semibold">{processes.filter((p) => p.kind === kind).length}</dd>
            </div>
          ))}
          <div className="rounded border border-slate-200 p-4">
            <dt className="text-sm text-slate-700">Countries and territories taking part</dt>
            <dd className="text-3xl font-semibold">{countriesInForums}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="regions-heading">
        <h2 id="regions-heading" className="mb-3 text-2xl font-semibold">
          Browse by region
        </h2>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
          {registries.regions.map((region) => (
            <li key={region.id}>
              <Link
                href={`/regions/${region.id}/`}
                className="flex items-baseline justify-between rounded border border-slate-200 p-3 no-underline hover:border-brand-600"
              >
                <span className="font-medium">{region.name}</span>
                <span className="shrink-0 pl-2 text-sm text-slate-700">{data.byRegion.get(region.id)?.length ?? 0}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="all-heading">
        <h2 id="all-heading" className="mb-3 text-2xl font-semibold">
          Every process
        </h2>
        {KINDS.map((kind) => {
          const ofKind = processes.filter((p) => p.kind === kind);
          if (!ofKind.length) return null;
          return (
            <div key={kind} className="mb-8">
              <h3 className="mb-2 text-xl font-semibold">{KIND_PLURALS[kind]}</h3>
              {registries.regions.map((region) => {
                const list = ofKind.filter((p) => p.regions[0] === region.id);
                if (!list.length) return null;
                return (
                  <div key={region.id} className="mb-4">
                    <h4 className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-600">{region.name}</h4>
                    <ProcessList processes={list} headingLevel={4} />
                  </div>
                );
              })}
            </div>
          );
        })}
      </section>
    </div>
  );
}

/** The search island's props: names only, no record bodies. */
function homeSearchData(data: SiteData) {
  const mechanisms = data.processes.map((p) => ({
    slug: p.slug,
    name: p.name.en,
    acronym: p.acronym ?? null,
    searchText: searchTextOf(p),
  }));
  const all = data.registries.countries.countries;
  return {
    mechanisms,
    countries: all.map((c) => searchableCountry(c.code, c.name, c.variants)),
    variants: Object.fromEntries(all.map((c) => [c.code, c.variants])),
  };
}
