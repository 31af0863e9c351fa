import type { Metadata } from "next";
import { readable } from "@/components/readable";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { KindBadge } from "@/components/Badges";
import { Cite } from "@/components/Cite";
import { CopyButton } from "@/components/CopyButton";
import { JsonLd } from "@/components/JsonLd";
import { PageShell } from "@/components/PageShell";
import { Section } from "@/components/Section";
import { SiteMap } from "@/components/maps/SiteMap";
import { countryName, displayName, formatPartialDate, regionName, sourceLabel } from "@/lib/format";
import { citationBibtex, citationText } from "@/lib/citation";
import { CitePanel } from "@/components/profile/CitePanel";
import { dictionary } from "@/lib/i18n";
import { colon } from "@/lib/i18n/punctuation";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { joinList } from "@/lib/i18n/plural";
import { choroplethMap } from "@/lib/maps/mapModel";
import { ogImagePath } from "@/lib/ogCards";
import { pageMetadata } from "@/lib/pageMetadata";
import { absoluteUrl, fileHref, href } from "@/lib/routes";
import { byIdOrThrow, getSiteData } from "@/lib/siteData";
import { countryJsonLd } from "@/lib/structuredData";
import { countryForumsCsvPath } from "@/lib/openData/countryTables";

export function countryParams() {
  return getSiteData().registries.countries.countries.map((c) => ({ iso3: c.code.toLowerCase() }));
}

function countryOf(iso3: string) {
  return byIdOrThrow(getSiteData().countryByCode, iso3.toUpperCase(), "country");
}

/** The sentence that opens the page, agreeing with the table: named in n forums; in the current lists as member of a, observer in b… */
export function countryLede(code: string, locale: Locale): string {
  const t = dictionary(locale);
  const data = getSiteData();
  const forums = data.forumsByCountry.get(code) ?? [];
  const name = countryName(data.countryByCode.get(code), code, locale);
  const lede = t.country.lede(name, forums.length, data.processes.length);
  const current = forums.filter((f) => f.current);
  if (!current.length) return lede;
  const parts = (["member", "observer", "partner", "guest"] as const)
    .map((role) => ({ role, n: current.filter((f) => f.current!.role === role).length }))
    .filter((p) => p.n > 0)
    .map((p) => `${t.roles[p.role].toLowerCase()} (${p.n})`);
  return `${lede} ${t.country.currently(joinList(locale, parts))}`;
}

export function countryMetadata(locale: Locale, iso3: string): Metadata {
  const country = countryOf(iso3);
  const name = country.names[locale];
  // Preview images are drawn for the countries some forum names (src/lib/ogCards.ts).
  const image = getSiteData().forumsByCountry.has(country.code) ? { path: ogImagePath("country", iso3.toLowerCase(), locale), alt: name } : undefined;
  return pageMetadata({ locale, route: { page: "country", code: country.code }, title: name, description: countryLede(country.code, locale), image });
}

/** One country's forums as one table with roles and their history, its chairs, and the forums open to all. */
export function CountryView({ locale, iso3 }: { locale: Locale; iso3: string }) {
  const t = dictionary(locale);
  const c = t.country;
  const data = getSiteData();
  const country = countryOf(iso3);
  const code = country.code;
  const name = country.names[locale];
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const forums = [...(data.forumsByCountry.get(code) ?? [])].sort((a, b) => collator.compare(displayName(a.process, locale).text, displayName(b.process, locale).text));
  const chairs = data.chairsByCountry.get(code) ?? [];
  const open = data.openForums.filter((p) => p.openMembership!.scope !== "un-member-states" || country.status === "un-member" || country.status === "un-observer");

  // The map: this country, and how many of its forums each other country shares with it.
  const shared = new Map<string, number>();
  for (const f of forums) {
    if (!f.current) continue;
    for (const m of f.process.current.memberships) if (m.country !== code) shared.set(m.country, (shared.get(m.country) ?? 0) + 1);
  }
  const model = choroplethMap(shared, { highlight: [code] });
  const citation = {
    title: name,
    slug: `country-${code.toLowerCase()}`,
    siteName: t.site.name,
    datasetVersion: data.version,
    dataAsOf: formatPartialDate([...data.registries.sources].map((s) => s.date).sort().at(-1)!, locale),
    sources: [...new Set(forums.map((f) => sourceLabel(data.sourceById.get(f.process.current.source), f.process.current.source)))],
    accessed: t.client.cite.accessed,
  };

  return (
    <PageShell locale={locale} route={{ page: "country", code }} section="countries">
      <Breadcrumbs locale={locale} trail={[{ href: href({ page: "countries" }, locale), label: t.nav.countries }, { label: name }]} />
      <JsonLd data={countryJsonLd(code, data, locale)} />
      <h1>{name}</h1>
      <p className="muted mt-1">
        {code} · {t.countryStatuses[country.status]}
      </p>
      <p className="lede">{countryLede(code, locale)}</p>
      <div className="no-print mt-4 flex flex-wrap gap-2">
        <CopyButton label={t.common.copyLink} copied={t.common.copied} failed={t.common.copyFailed} />
        {forums.length > 0 && (
          <>
            <a className="btn" href={fileHref(countryForumsCsvPath(code))}>
              {c.csv}
            </a>
            <a className="btn" href={href({ page: "explorer", query: `country=${code.toLowerCase()}&role=any&view=table` }, locale)}>
              {t.common.openInExplorer(forums.filter((f) => f.current).length)}
            </a>
            <a className="btn" href={href({ page: "compare", query: `c=${code.toLowerCase()}` }, locale)}>
              {t.common.compareWith}
            </a>
          </>
        )}
      </div>

      {forums.length > 0 && (
        <Section id="forums" title={c.forums}>
          <figure className="mb-6">
            <SiteMap
              id="country-map"
              model={model}
              title={c.mapTitle(name)}
              locale={locale}
              linksFocusable={false}
              legend={(entry) => (entry.kind === "highlight" ? c.mapLegendSelf : undefined)}
            />
          </figure>
          <table className="data-table stack-sm">
            <caption>{c.forumsCaption(name)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.common.process}</th>
                <th scope="col">{c.currentRole}</th>
                <th scope="col">{t.common.kind}</th>
                <th scope="col">{t.common.regions}</th>
                <th scope="col">{c.historyCol}</th>
                <th scope="col">{t.common.lastReported}</th>
              </tr>
            </thead>
            <tbody>
              {forums.map((f) => {
                const pname = displayName(f.process, locale);
                const chair = chairs.find((ch) => ch.process.slug === f.process.slug);
                return (
                  <tr key={f.process.slug}>
                    <th scope="row" className="font-normal">
                      <a href={href({ page: "process", slug: f.process.slug }, locale)} lang={pname.lang}>
                        {pname.text}
                      </a>
                    </th>
                    <td data-label={c.currentRole}>
                      {f.current ? t.roles[f.current.role] : <span className="muted">{c.notInCurrent}</span>}
                      {f.current?.viaGroup && <span className="block muted">{t.common.viaGroup(data.groupById.get(f.current.viaGroup)?.name ?? f.current.viaGroup)}</span>}
                      {chair && <span className="block">{t.chairRoles[chair.entry.role]}</span>}
                    </td>
                    <td data-label={t.common.kind}>
                      <KindBadge kind={f.process.kind} locale={locale} />
                    </td>
                    <td data-label={t.common.regions}>{f.process.regions.map((id) => regionName(data.regionById.get(id), id, locale)).join(", ")}</td>
                    <td data-label={c.historyCol}>
                      {f.spells.map((s, i) => (
                        <span key={i} className="block whitespace-nowrap">
                          {t.roles[s.role]}{colon(locale)}{formatPartialDate(s.first.asOf, locale, "short")}
                          {s.last !== s.first && `–${formatPartialDate(s.last.asOf, locale, "short")}`}
                        </span>
                      ))}
                    </td>
                    <td data-label={t.common.lastReported}>
                      <Cite id={f.process.current.source} asOf={f.process.lastReported} locale={locale} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Section>
      )}

      {chairs.length > 0 && (
        <Section id="chairs" title={c.chairs}>
          <p className="muted mb-2">{c.chairsLede(name)}</p>
          <ul className="space-y-1">
            {chairs.map((ch) => {
              const inLists = ch.process.current.memberships.some((m) => m.country === code);
              return (
                <li key={`${ch.process.slug}-${ch.entry.role}`}>
                  <a href={href({ page: "process", slug: ch.process.slug }, locale)}>{displayName(ch.process, locale).text}</a> — {t.chairRoles[ch.entry.role]},{" "}
                  <Cite id={ch.entry.source} asOf={ch.entry.asOf} locale={locale} />
                  {!inLists && !ch.process.openMembership && <span className="block muted">{c.chairNotMember}</span>}
                  {ch.entry.note && <span className="block muted" lang={locale === "en" ? undefined : "en"}>{readable(ch.entry.note)}</span>}
                </li>
              );
            })}
          </ul>
        </Section>
      )}

      {open.length > 0 && (
        <Section id="open" title={c.openMembership}>
          <p className="muted mb-2">{c.openMembershipLede}</p>
          <ul className="space-y-1">
            {open.map((p) => (
              <li key={p.slug}>
                <a href={href({ page: "process", slug: p.slug }, locale)}>{displayName(p, locale).text}</a> —{" "}
                <span lang={locale === "en" ? undefined : "en"}>{p.openMembership!.description}</span> <Cite id={p.openMembership!.source} locale={locale} />
              </li>
            ))}
          </ul>
        </Section>
      )}
      <Section id="cite" title={t.profile.cite}>
        <CitePanel
          text={citationText(citation)}
          bibtex={citationBibtex(citation)}
          canonical={absoluteUrl({ page: "country", code }, locale)}
          messages={t.client.cite}
          copy={t.client.copy}
        />
      </Section>
    </PageShell>
  );
}
