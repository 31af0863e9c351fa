/**
 * The static lookups: regions, themes and organisations, each an index and one page per entry.
 * They work without JavaScript and list every record they concern.
 */
import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageShell } from "@/components/PageShell";
import { ProcessTable } from "@/components/ProcessTable";
import { Section } from "@/components/Section";
import { SiteMap } from "@/components/maps/SiteMap";
import { ROLE_SYMBOL } from "@/components/profile/MembershipMatrix";
import { countryName, organizationLabel, regionDescription, regionName, shortName, themeDefinition, themeName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { plural } from "@/lib/i18n/plural";
import { ORGANIZATION_ROLES } from "@/lib/indexes";
import { choroplethMap } from "@/lib/maps/mapModel";
import { ogImagePath } from "@/lib/ogCards";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { byIdOrThrow, getSiteData } from "@/lib/siteData";

const count = (locale: Locale, n: number) => plural(locale, n, dictionary(locale).home.regionCount);
/** At most this many forums as columns of a region's country × forum grid. */
const GRID_LIMIT = 24;

// ---------- regions ----------

export const regionsMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).region.index;
  return pageMetadata({ locale, route: { page: "regions" }, title: t.title, description: t.lede });
};

export function RegionsView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  return (
    <PageShell locale={locale} route={{ page: "regions" }} section="regions">
      <h1>{t.region.index.title}</h1>
      <p className="lede">{t.region.index.lede}</p>
      <ul className="mt-6 grid gap-4 md:grid-cols-2">
        {data.registries.regions.map((r) => {
          const description = regionDescription(r, locale);
          return (
            <li key={r.id} className="card">
              <h2 className="text-lg">
                <a href={href({ page: "region", id: r.id }, locale)}>{regionName(r, r.id, locale)}</a>
              </h2>
              <p className="muted">{count(locale, data.byRegion.get(r.id)?.length ?? 0)}</p>
              <p className="mt-1 text-sm" lang={description.lang}>
                {description.text}
              </p>
            </li>
          );
        })}
      </ul>
    </PageShell>
  );
}

export const regionParams = () => getSiteData().registries.regions.map((r) => ({ id: r.id }));

export function regionMetadata(locale: Locale, id: string): Metadata {
  const region = byIdOrThrow(getSiteData().regionById, id, "region");
  const name = regionName(region, id, locale);
  return pageMetadata({ locale, route: { page: "region", id }, title: name, description: regionDescription(region, locale).text, image: { path: ogImagePath("region", id, locale), alt: name } });
}

export function RegionView({ locale, id }: { locale: Locale; id: string }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const region = byIdOrThrow(data.regionById, id, "region");
  const name = regionName(region, id, locale);
  const processes = data.byRegion.get(id as Parameters<typeof data.byRegion.get>[0]) ?? [];
  const description = regionDescription(region, locale);
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const inForums = new Map<string, number>();
  for (const p of processes) for (const m of p.current.memberships) inForums.set(m.country, (inForums.get(m.country) ?? 0) + 1);
  const countries = [...inForums.keys()].sort((a, b) => collator.compare(countryName(data.countryByCode.get(a), a, locale), countryName(data.countryByCode.get(b), b, locale)));
  // The grid stays readable (and the page small) at any size: the forums with most named members.
  const columns = [...processes]
    .filter((p) => p.current.memberships.length > 0)
    .sort((a, b) => b.current.memberships.length - a.current.memberships.length || a.slug.localeCompare(b.slug))
    .slice(0, GRID_LIMIT)
    .sort((a, b) => collator.compare(shortName(a, locale), shortName(b, locale)));
  const gridCountries = countries.filter((code) => columns.some((p) => p.current.memberships.some((m) => m.country === code)));
  return (
    <PageShell locale={locale} route={{ page: "region", id }} section="regions">
      <Breadcrumbs locale={locale} trail={[{ href: href({ page: "regions" }, locale), label: t.nav.regions }, { label: name }]} />
      <h1>{name}</h1>
      <p className="lede" lang={description.lang}>
        {description.text}
      </p>
      <Section id="processes" title={t.region.processes}>
        <ProcessTable processes={processes} locale={locale} />
      </Section>
      {countries.length > 0 && (
        <Section id="countries" title={t.region.countriesTitle(name)}>
          <SiteMap
            id="region-map"
            model={choroplethMap(inForums, { hrefFor: (code) => (inForums.has(code) ? href({ page: "country", code }, locale) : undefined) })}
            title={t.region.countriesTitle(name)}
            locale={locale}
            linksFocusable={false}
            
          />
          <h3 className="mt-6 mb-2">{t.region.grid}</h3>
          <div className="max-h-[40rem] overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-label={t.region.gridCaption(name)}>
            <table className="data-table matrix">
              <caption className="px-2 pt-2">
                {t.region.gridCaption(name)}
                {columns.length < processes.length && ` — ${t.region.gridLimited(columns.length, processes.length)}`}
              </caption>
              <thead className="sticky top-0 bg-white">
                <tr>
                  <th scope="col">{t.common.country}</th>
                  {columns.map((p) => (
                    <th key={p.slug} scope="col" className="text-center">
                      <a href={href({ page: "process", slug: p.slug }, locale)} title={p.name.en}>
                        {shortName(p, locale)}
                      </a>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {gridCountries.map((code) => (
                  <tr key={code}>
                    <th scope="row" className="font-normal">
                      <a href={href({ page: "country", code }, locale)}>{countryName(data.countryByCode.get(code), code, locale)}</a>
                    </th>
                    {columns.map((p) => {
                      const m = p.current.memberships.find((x) => x.country === code);
                      return (
                        <td key={p.slug} className="text-center">
                          <span aria-hidden="true">{m ? ROLE_SYMBOL[m.role] : ""}</span>
                          {m && <span className="sr-only">{t.roles[m.role]}</span>}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}
    </PageShell>
  );
}

// ---------- themes ----------

export const themesMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).theme.index;
  return pageMetadata({ locale, route: { page: "themes" }, title: t.title, description: t.lede });
};

export function ThemesView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const themes = [...data.registries.themes].sort((a, b) => collator.compare(themeName(a, a.id, locale), themeName(b, b.id, locale)));
  return (
    <PageShell locale={locale} route={{ page: "themes" }} section="themes">
      <h1>{t.theme.index.title}</h1>
      <p className="lede">{t.theme.index.lede}</p>
      <table className="data-table stack-sm mt-6">
        <thead>
          <tr>
            <th scope="col">{t.common.name}</th>
            <th scope="col" className="num">
              {t.nav.processes}
            </th>
            <th scope="col">{t.common.themes}</th>
          </tr>
        </thead>
        <tbody>
          {themes.map((th) => {
            const definition = themeDefinition(th, locale);
            return (
              <tr key={th.id}>
                <th scope="row" className="font-normal">
                  <a href={href({ page: "theme", id: th.id }, locale)}>{themeName(th, th.id, locale)}</a>
                </th>
                <td data-label={t.nav.processes} className="num">
                  {data.byTheme.get(th.id)?.length ?? 0}
                </td>
                <td data-label={t.common.themes} lang={definition.lang}>
                  {definition.text}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PageShell>
  );
}

export const themeParams = () => getSiteData().registries.themes.map((th) => ({ id: th.id }));

export function themeMetadata(locale: Locale, id: string): Metadata {
  const theme = byIdOrThrow(getSiteData().themeById, id, "theme");
  const name = themeName(theme, id, locale);
  return pageMetadata({ locale, route: { page: "theme", id }, title: name, description: themeDefinition(theme, locale).text, image: { path: ogImagePath("theme", id, locale), alt: name } });
}

export function ThemeView({ locale, id }: { locale: Locale; id: string }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const theme = byIdOrThrow(data.themeById, id, "theme");
  const name = themeName(theme, id, locale);
  const definition = themeDefinition(theme, locale);
  const processes = data.byTheme.get(id) ?? [];
  return (
    <PageShell locale={locale} route={{ page: "theme", id }} section="themes">
      <Breadcrumbs locale={locale} trail={[{ href: href({ page: "themes" }, locale), label: t.nav.themes }, { label: name }]} />
      <h1>{name}</h1>
      <p className="lede" lang={definition.lang}>
        {definition.text}
      </p>
      <p className="mt-2">
        <a href={href({ page: "explorer", query: `theme=${id}&view=table` }, locale)}>{t.common.openInExplorer(processes.length)}</a>
      </p>
      <Section id="processes" title={count(locale, processes.length)}>
        <ProcessTable processes={processes} locale={locale} />
      </Section>
    </PageShell>
  );
}

// ---------- organisations ----------

export const organizationsMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).organization.index;
  return pageMetadata({ locale, route: { page: "organizations" }, title: t.title, description: t.lede });
};

export function OrganizationsView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const organizations = data.registries.organizations
    .filter((o) => data.forumsByOrganization.has(o.id))
    .sort((a, b) => organizationLabel(a, a.id).localeCompare(organizationLabel(b, b.id)));
  return (
    <PageShell locale={locale} route={{ page: "organizations" }} section="organizations">
      <h1>{t.organization.index.title}</h1>
      <p className="lede">{t.organization.index.lede}</p>
      <table className="data-table stack-sm mt-6">
        <thead>
          <tr>
            <th scope="col">{t.common.name}</th>
            {ORGANIZATION_ROLES.slice(0, 4).map((r) => (
              <th key={r} scope="col" className="num">
                {t.organizationRoles[r]}
              </th>
            ))}
            <th scope="col" className="num">
              {t.nav.processes}
            </th>
          </tr>
        </thead>
        <tbody>
          {organizations.map((o) => {
            const forums = data.forumsByOrganization.get(o.id)!;
            return (
              <tr key={o.id}>
                <th scope="row" className="font-normal">
                  <a href={href({ page: "organization", id: o.id }, locale)} lang="en">
                    {organizationLabel(o, o.id)}
                  </a>
                </th>
                {ORGANIZATION_ROLES.slice(0, 4).map((r) => (
                  <td key={r} data-label={t.organizationRoles[r]} className="num">
                    {forums.filter((f) => f.roles.includes(r)).length || ""}
                  </td>
                ))}
                <td data-label={t.nav.processes} className="num">
                  {forums.length}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PageShell>
  );
}

export const organizationParams = () => getSiteData().registries.organizations.map((o) => ({ id: o.id }));

export function organizationMetadata(locale: Locale, id: string): Metadata {
  const data = getSiteData();
  const org = byIdOrThrow(data.organizationById, id, "organisation");
  const name = organizationLabel(org, id);
  return pageMetadata({ locale, route: { page: "organization", id }, title: name, description: dictionary(locale).organization.lede(name, data.forumsByOrganization.get(id)?.length ?? 0) });
}

/** An organisation's part in each forum, kept apart: serves as secretariat, hosts it, supports it, chairs, member, observer. */
export function OrganizationView({ locale, id }: { locale: Locale; id: string }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const org = byIdOrThrow(data.organizationById, id, "organisation");
  const name = organizationLabel(org, id);
  const forums = data.forumsByOrganization.get(id) ?? [];
  return (
    <PageShell locale={locale} route={{ page: "organization", id }} section="organizations">
      <Breadcrumbs locale={locale} trail={[{ href: href({ page: "organizations" }, locale), label: t.nav.organizations }, { label: name }]} />
      <h1 lang="en">{name}</h1>
      <p className="lede">{t.organization.lede(name, forums.length)}</p>
      {org.website && (
        <p className="mt-2">
          <a href={org.website} rel="external">
            {org.website.replace(/^https?:\/\/(www\.)?/, "")}
          </a>
        </p>
      )}
      {ORGANIZATION_ROLES.map((role) => {
        const list = forums.filter((f) => f.roles.includes(role)).map((f) => f.process);
        if (!list.length) return null;
        return (
          <Section key={role} id={role} title={`${t.organizationRoles[role]} (${list.length})`}>
            <ProcessTable processes={list} locale={locale} />
          </Section>
        );
      })}
    </PageShell>
  );
}
