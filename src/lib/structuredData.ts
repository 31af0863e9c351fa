/** schema.org JSON-LD for profiles and country pages, in the page's language. */
import type { Process } from "./content/types";
import { countryName, displayName, regionName, themeName } from "./format";
import { INTL_LOCALE, type Locale } from "./i18n/locales";
import { absoluteUrl } from "./routes";
import type { SiteData } from "./siteData";

export function processJsonLd(process: Process, data: SiteData, locale: Locale): object {
  const url = absoluteUrl({ page: "process", slug: process.slug }, locale);
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": url,
    url,
    inLanguage: INTL_LOCALE[locale],
    name: displayName(process, locale).text,
    alternateName: [process.acronym, process.name.en, process.name.fr, process.name.es, ...process.formerNames.map((f) => f.name)].filter(Boolean),
    ...(process.foundedYear !== null ? { foundingDate: String(process.foundedYear) } : {}),
    ...(process.endedYear ? { dissolutionDate: String(process.endedYear) } : {}),
    sameAs: process.websites,
    areaServed: process.regions.map((id) => regionName(data.regionById.get(id), id, locale)),
    knowsAbout: process.themes.map((id) => themeName(data.themeById.get(id), id, locale)),
    member: process.current.memberships
      .filter((m) => m.role === "member")
      .map((m) => ({ "@type": "Country", name: countryName(data.countryByCode.get(m.country), m.country, locale), identifier: m.country, url: absoluteUrl({ page: "country", code: m.country }, locale) })),
    subjectOf: process.sources.map((s) => ({ "@type": "CreativeWork", name: data.sourceById.get(s.id)?.title ?? s.id, datePublished: s.asOf })),
  };
}

export function countryJsonLd(code: string, data: SiteData, locale: Locale): object {
  const url = absoluteUrl({ page: "country", code }, locale);
  return {
    "@context": "https://schema.org",
    "@type": "Country",
    "@id": url,
    url,
    inLanguage: INTL_LOCALE[locale],
    name: countryName(data.countryByCode.get(code), code, locale),
    identifier: code,
    memberOf: (data.forumsByCountry.get(code) ?? [])
      .filter((f) => f.current?.role === "member")
      .map((f) => ({ "@type": "Organization", name: displayName(f.process, locale).text, url: absoluteUrl({ page: "process", slug: f.process.slug }, locale) })),
  };
}
