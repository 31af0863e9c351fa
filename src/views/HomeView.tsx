import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { SiteSearch } from "@/components/SiteSearch";
import { ActiveChart } from "@/components/ActiveChart";
import { formatPartialDate, regionName, themeName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { plural } from "@/lib/i18n/plural";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { KINDS } from "@/lib/content/vocabulary";

export function homeMetadata(locale: Locale): Metadata {
  const t = dictionary(locale);
  return pageMetadata({ locale, route: { page: "home" }, title: t.home.title, description: t.site.description });
}

/** Built around the top tasks: find a country, browse by region or theme, download; the field at a glance. */
export function HomeView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const h = t.home;
  const data = getSiteData();
  const newest = [...data.registries.sources].sort((a, b) => b.date.localeCompare(a.date))[0];
  const active = data.processes.filter((p) => p.status === "active").length;
  const unknown = data.processes.filter((p) => p.status === "unknown").length;
  const countriesTakingPart = [...data.forumsByCountry.values()].filter((forums) => forums.some((f) => f.current)).length;
  const themes = [...data.registries.themes].sort((a, b) => (data.byTheme.get(b.id)?.length ?? 0) - (data.byTheme.get(a.id)?.length ?? 0)).slice(0, 8);
  const tile = "card block no-underline hover:border-brand-600 hover:bg-brand-50";

  return (
    <PageShell locale={locale} route={{ page: "home" }} section={undefined}>
      <h1 className="max-w-3xl">{h.title}</h1>
      <p className="lede">{h.lede(data.processes.length)}</p>
      <p className="notice mt-4 max-w-3xl">{t.site.notLive}</p>
      <div className="mt-6">
        <SiteSearch locale={locale} messages={{ ...t.client.search, label: h.searchLabel }} version={data.version} variant="hero" />
      </div>

      <section aria-labelledby="tasks-heading" className="mt-10">
        <h2 id="tasks-heading" className="mb-4">
          {h.tasksHeading}
        </h2>
        <div className="grid gap-6 md:grid-cols-2 lg:grid-cols-4">
          <div>
            <h3 className="mb-1">
              <a href={href({ page: "countries" }, locale)}>{h.taskCountry}</a>
            </h3>
            <p className="muted">{h.taskCountryText}</p>
          </div>
          <div>
            <h3 className="mb-1">
              <a href={href({ page: "regions" }, locale)}>{h.taskRegion}</a>
            </h3>
            <ul className="text-sm">
              {data.registries.regions.map((r) => (
                <li key={r.id}>
                  <a href={href({ page: "region", id: r.id }, locale)}>{regionName(r, r.id, locale)}</a>{" "}
                  <span className="text-slate-600">({data.byRegion.get(r.id)?.length ?? 0})</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-1">
              <a href={href({ page: "themes" }, locale)}>{h.taskTheme}</a>
            </h3>
            <ul className="text-sm">
              {themes.map((th) => (
                <li key={th.id}>
                  <a href={href({ page: "theme", id: th.id }, locale)}>{themeName(th, th.id, locale)}</a> <span className="text-slate-600">({data.byTheme.get(th.id)?.length ?? 0})</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="mb-1">
              <a href={href({ page: "data" }, locale)}>{h.taskData}</a>
            </h3>
            <p className="muted">{h.taskDataText}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby="figures-heading" className="mt-10">
        <h2 id="figures-heading" className="mb-4">
          {h.figuresHeading}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {KINDS.map((kind) => (
            <li key={kind}>
              <a className={tile} href={href({ page: "explorer", query: `kind=${kind}` }, locale)}>
                <span className="block text-2xl font-bold text-slate-900">{data.byKind.get(kind)?.length ?? 0}</span>
                <span className="text-slate-700">{t.kindsPlural[kind]}</span>
              </a>
            </li>
          ))}
          <li>
            <a className={tile} href={href({ page: "explorer", query: "status=active" }, locale)}>
              <span className="block text-2xl font-bold text-slate-900">{active}</span>
              <span className="text-slate-700">{h.activeAsOf(formatPartialDate(newest.date, locale))}</span>
            </a>
          </li>
          <li>
            <a className={tile} href={href({ page: "explorer", query: "status=unknown" }, locale)}>
              <span className="block text-2xl font-bold text-slate-900">{unknown}</span>
              <span className="text-slate-700">{h.noRecentInformation}</span>
            </a>
          </li>
          <li>
            <a className={tile} href={href({ page: "countries" }, locale)}>
              <span className="block text-2xl font-bold text-slate-900">{countriesTakingPart}</span>
              <span className="text-slate-700">{h.countriesTaking}</span>
            </a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="timeline-heading" className="mt-10">
        <h2 id="timeline-heading" className="mb-2">
          {h.timelineHeading}
        </h2>
        <ActiveChart processes={data.processes} locale={locale} />
        <p className="muted mt-1">{h.chartLegend}</p>
        <p className="mt-2">
          <a href={href({ page: "timeline" }, locale)}>{h.timelineLink}</a> · {plural(locale, data.processes.length, h.regionCount)}
        </p>
      </section>
    </PageShell>
  );
}
