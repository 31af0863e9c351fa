/** schema.org JSON-LD for profiles and country pages. */
import type { Process } from "./content/types";
import type { SiteData } from "./siteData";
import { siteConfig } from "@/site.config";

const absolute = (path: string) => `${siteConfig.url}${siteConfig.basePath}${path}`;

export function processJsonLd(process: Process, data: SiteData): object {
  const members = process.current.memberships.filter((m) => m.role === "member");
  return {
    "@context": "https://schema.org",
    "@type": "Organization",
    "@id": absolute(`/processes/${process.slug}/`),
    name: process.name.en,
    alternateName: [process.acronym, process.name.fr, process.name.es, ...process.formerNames.map((f) => f.name)].filter(Boolean),
    url: absolute(`/processes/${process.slug}/`),
    ...(process.foundedYear !== null ? { foundingDate: String(process.foundedYear) } : {}),
    ...(process.endedYear ? { dissolutionDate: String(process.endedYear) } : {}),
    sameAs: process.websites,
    areaServed: process.regions.map((id) => data.regionById.get(id)?.name ?? id),
    knowsAbout: process.themes.map((id) => data.themeById.get(id)?.name ?? id),
    member: members.map((m) => ({ "@type": "Country", name: data.countryName(m.country), identifier: m.country, url: absolute(`/countries/${m.country.toLowerCase()}/`) })),
    subjectOf: process.sources.map((s) => ({ "@type": "CreativeWork", name: data.sourceById.get(s.id)?.title ?? s.id, datePublished: s.asOf })),
  };
}

export function countryJsonLd(code: string, data: SiteData): object {
  const forums = data.forumsByCountry.get(code) ?? [];
  return {
    "@context": "https://schema.org",
    "@type": "Country",
    "@id": absolute(`/countries/${code.toLowerCase()}/`),
    name: data.countryName(code),
    identifier: code,
    url: absolute(`/countries/${code.toLowerCase()}/`),
    memberOf: forums
      .filter((f) => f.role === "member")
      .map((f) => ({ "@type": "Organization", name: f.process.name.en, url: absolute(`/processes/${f.process.slug}/`) })),
  };
}
