import type { Metadata } from "next";
import { CountryFilter } from "@/components/CountryFilter";
import { PageShell } from "@/components/PageShell";
import { SiteMap } from "@/components/maps/SiteMap";
import { foldName, initialOf } from "@/lib/names";
import { dictionary } from "@/lib/i18n";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { choroplethMap } from "@/lib/maps/mapModel";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";

export function countriesMetadata(locale: Locale): Metadata {
  const t = dictionary(locale);
  const n = getSiteData().registries.countries.countries.length;
  return pageMetadata({ locale, route: { page: "countries" }, title: t.country.index.title, description: t.country.index.lede(n) });
}

/** Every country: a map of how many forums name each, then the A–Z list with a filter that knows every name. */
export function CountriesView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const ci = t.country.index;
  const data = getSiteData();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const countries = [...data.registries.countries.countries].sort((a, b) => collator.compare(a.names[locale], b.names[locale]));
  const forums = (code: string) => (data.forumsByCountry.get(code) ?? []).filter((f) => f.current).length;
  const counts = new Map(countries.map((c) => [c.code, forums(c.code)]).filter(([, n]) => (n as number) > 0) as [string, number][]);
  const model = choroplethMap(counts, { hrefFor: (code) => (data.countryByCode.has(code) ? href({ page: "country", code }, locale) : undefined) });
  const groups = new Map<string, typeof countries>();
  for (const c of countries) {
    const initial = initialOf(c.names[locale]);
    groups.set(initial, [...(groups.get(initial) ?? []), c]);
  }
  return (
    <PageShell locale={locale} route={{ page: "countries" }} section="countries">
      <h1>{ci.title}</h1>
      <p className="lede">{ci.lede(countries.length)}</p>
      <figure className="mt-6">
        <SiteMap
          id="countries-map"
          model={model}
          title={ci.mapTitle}
          locale={locale}
          linksFocusable={false}
          legend={(entry) => (entry.kind === "none" ? ci.noForums : undefined)}
        />
      </figure>
      <div className="mt-6">
        <CountryFilter label={ci.filter} shownTemplate={ci.shown} total={countries.length} listId="country-list" />
      </div>
      <nav aria-label="A–Z" className="no-print mt-4 flex flex-wrap gap-1 text-sm">
        {[...groups.keys()].map((initial) => (
          <a key={initial} href={`#letter-${initial}`} className="inline-flex size-7 items-center justify-center">
            {initial}
          </a>
        ))}
      </nav>
      <div id="country-list" className="mt-4 space-y-6">
        {[...groups].map(([initial, list]) => (
          <section key={initial} data-group aria-labelledby={`letter-${initial}`}>
            <h2 id={`letter-${initial}`} className="mb-2 text-lg">
              {initial}
            </h2>
            <ul className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-3">
              {list.map((c) => {
                const n = forums(c.code);
                return (
                  <li key={c.code} data-names={[c.names.en, c.names.fr, c.names.es, ...c.variants, c.code].map(foldName).join("|")} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                    <a href={href({ page: "country", code: c.code }, locale)}>{c.names[locale]}</a>
                    <span className="text-sm text-slate-600 tabular-nums">{n > 0 ? `${n}` : ci.noForums}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </PageShell>
  );
}
