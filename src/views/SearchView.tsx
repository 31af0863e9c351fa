import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { SearchResults } from "@/components/SearchResults";
import { SiteSearch } from "@/components/SiteSearch";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";

export const searchMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).search;
  return pageMetadata({ locale, route: { page: "search" }, title: t.title, description: t.lede });
};

/** Where the search form lands: results grouped by kind; without JavaScript, the A–Z lists instead. */
export function SearchView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const { version } = getSiteData();
  const lists = (
    <ul className="mt-2 flex flex-wrap gap-x-4">
      {(["countries", "explorer", "themes", "organizations", "regions"] as const).map((page) => (
        <li key={page}>
          <a href={href({ page }, locale)}>{t.nav[page === "explorer" ? "processes" : page]}</a>
        </li>
      ))}
    </ul>
  );
  return (
    <PageShell locale={locale} route={{ page: "search" }} section={undefined}>
      <h1>{t.search.title}</h1>
      <p className="lede">{t.search.lede}</p>
      <noscript>
        <div className="notice mt-4">
          {t.client.search.noJs}
          {lists}
        </div>
      </noscript>
      <div className="mt-6">
        <SiteSearch locale={locale} messages={t.client.search} version={version} variant="hero" />
      </div>
      <div className="mt-8">
        <SearchResults locale={locale} messages={t.client.search} version={version} />
      </div>
      <div className="mt-10">
        <p>{t.search.lists}</p>
        {lists}
      </div>
    </PageShell>
  );
}
