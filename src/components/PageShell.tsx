import type { ReactNode } from "react";
import { dictionary } from "@/lib/i18n";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { href, type Route } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { correctionHref } from "@/site.config";
import { LanguageSwitch } from "./LanguageSwitch";
import { SiteSearch } from "./SiteSearch";

export type Section = "processes" | "countries" | "regions" | "themes" | "organizations" | "timeline" | "compare" | "data" | "sources" | "about" | undefined;

const NAV: { section: Exclude<Section, undefined>; route: Route }[] = [
  { section: "processes", route: { page: "explorer" } },
  { section: "countries", route: { page: "countries" } },
  { section: "regions", route: { page: "regions" } },
  { section: "themes", route: { page: "themes" } },
  { section: "organizations", route: { page: "organizations" } },
  { section: "timeline", route: { page: "timeline" } },
  { section: "compare", route: { page: "compare" } },
  { section: "data", route: { page: "data" } },
  { section: "sources", route: { page: "sources" } },
  { section: "about", route: { page: "about" } },
];

/** Every page: skip link, header (name, navigation marking the current section, search, languages), footer. */
export function PageShell({ locale, route, section, children }: { locale: Locale; route: Route; section: Section; children: ReactNode }) {
  const t = dictionary(locale);
  const { version } = getSiteData();
  return (
    <>
      <a href="#main" className="sr-only z-50 rounded bg-white px-3 py-2 text-sm font-medium focus:not-sr-only focus:absolute focus:top-3 focus:left-3">
        {t.site.skip}
      </a>
      <header className="no-print bg-brand-900 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 pt-3 sm:px-6">
          <a href={href({ page: "home" }, locale)} className="text-lg font-semibold tracking-tight text-white no-underline">
            {t.site.name}
          </a>
          <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
            <SiteSearch locale={locale} messages={t.client.search} version={version} />
            <LanguageSwitch
              label={t.nav.language}
              links={LOCALES.map((l) => ({ locale: l, name: LOCALE_NAMES[l], href: href(route.page === "explorer" || route.page === "compare" || route.page === "search" ? { page: route.page } : route, l), current: l === locale }))}
            />
          </div>
        </div>
        <nav aria-label={t.nav.label} className="mx-auto max-w-6xl px-4 pt-2 pb-2 sm:px-6">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.section}>
                <a
                  href={href(item.route, locale)}
                  aria-current={item.section === section ? "page" : undefined}
                  className={`text-white no-underline hover:underline ${item.section === section ? "border-b-2 border-amber-300 font-semibold" : ""}`}
                >
                  {t.nav[item.section]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 focus:outline-none sm:px-6">
        {children}
      </main>
      <footer className="no-print mt-12 border-t border-slate-200 bg-slate-50">
        <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-slate-700 sm:px-6">
          <p>{t.site.notLive}</p>
          <p>{t.footer.sources}</p>
          <p className="flex flex-wrap gap-x-4 gap-y-1">
            <a href={href({ page: "data" }, locale)}>{t.footer.data}</a>
            <a href={href({ page: "sources" }, locale)}>{t.nav.sources}</a>
            <a href={href({ page: "about" }, locale)}>{t.nav.about}</a>
            <a href={correctionHref(t.site.name)} rel="external">
              {t.footer.correction}
            </a>
            <span>{t.site.licence}</span>
          </p>
        </div>
      </footer>
    </>
  );
}
