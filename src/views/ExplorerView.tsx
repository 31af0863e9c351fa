import type { Metadata } from "next";
import { Explorer } from "@/components/explorer/Explorer";
import { PageShell } from "@/components/PageShell";
import { buildExplorerIndex } from "@/lib/explorer/buildIndex";
import { toDisplayRow, rowName, type ExplorerLabels } from "@/lib/explorer/display";
import { sortRows } from "@/lib/explorer/filter";
import { decodeIndex } from "@/lib/explorer/rows";
import { regionName, themeName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";

/** Results shown at first and per "Show more": about two screens, so a change re-renders little. */
const PAGE_SIZE = 20;

export function explorerMetadata(locale: Locale): Metadata {
  const t = dictionary(locale);
  return pageMetadata({ locale, route: { page: "explorer" }, title: t.explorer.title, description: t.explorer.lede });
}

export function explorerLabels(locale: Locale): ExplorerLabels {
  const t = dictionary(locale);
  const data = getSiteData();
  return {
    regions: Object.fromEntries(data.registries.regions.map((r) => [r.id, regionName(r, r.id, locale)])),
    themes: Object.fromEntries(data.registries.themes.map((th) => [th.id, themeName(th, th.id, locale)])),
    kinds: t.kinds,
    kindsShort: t.kindsShort,
    statuses: t.statuses,
    status: t.client.status,
    secretariatTypes: t.secretariatTypes,
    secretariatShort: t.secretariatShort,
    roles: t.roles,
    memberCount: t.client.explorer.memberCount,
    observerCount: t.client.explorer.observerCount,
  };
}

/**
 * The explorer. The HTML carries the first page of the default view and the controls; the island
 * fetches the compact index once and takes over. Without JavaScript the first page stays, with a
 * note pointing to the static lookups that list everything.
 */
export function ExplorerView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const labels = explorerLabels(locale);
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const rows = sortRows(decodeIndex(buildExplorerIndex(data)), "name", (r) => rowName(r, locale).text, collator);
  const years = [...new Set(data.processes.flatMap((p) => (p.foundedYear === null ? [] : [p.foundedYear])))].sort((a, b) => a - b);
  const lookups = (
    <>
      <a href={href({ page: "regions" }, locale)}>{t.nav.regions}</a>, <a href={href({ page: "themes" }, locale)}>{t.nav.themes}</a>,{" "}
      <a href={href({ page: "countries" }, locale)}>{t.nav.countries}</a>, <a href={href({ page: "organizations" }, locale)}>{t.nav.organizations}</a>
    </>
  );
  return (
    <PageShell locale={locale} route={{ page: "explorer" }} section="processes">
      <noscript>
        <style>{".needs-js{display:none!important}"}</style>
      </noscript>
      <h1>{t.explorer.title}</h1>
      <p className="lede">{t.explorer.lede}</p>
      <noscript>
        <p className="notice mt-4">
          {t.explorer.noJs(Math.min(PAGE_SIZE, rows.length), rows.length)} {lookups}.
        </p>
      </noscript>
      <div className="mt-6">
        <Explorer
          locale={locale}
          version={data.version}
          siteName={t.site.name}
          messages={t.client.explorer}
          labels={labels}
          regionOptions={data.registries.regions.map((r) => ({ value: r.id, label: labels.regions[r.id] }))}
          themeOptions={data.registries.themes.map((th) => ({ value: th.id, label: labels.themes[th.id] })).sort((a, b) => collator.compare(a.label, b.label))}
          years={years}
          initialRows={rows.slice(0, PAGE_SIZE).map((r) => toDisplayRow(r, labels, locale))}
          total={rows.length}
          pageSize={PAGE_SIZE}
          tableHeadings={{
            name: t.common.name,
            kind: t.common.kind,
            regions: t.common.regions,
            founded: t.common.foundedLabel,
            members: t.common.members,
            observers: t.common.observers,
            status: t.common.status,
            secretariat: t.common.secretariat,
          }}
        />
      </div>
    </PageShell>
  );
}
