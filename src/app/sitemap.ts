import type { MetadataRoute } from "next";
import { getSiteData } from "@/lib/siteData";
import { siteConfig } from "@/site.config";

export const dynamic = "force-static";

/** Every page of the site. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const data = await getSiteData();
  const paths = [
    "/",
    "/processes/",
    ...data.processes.map((p) => `/processes/${p.slug}/`),
    "/countries/",
    ...data.registries.countries.countries.map((c) => `/countries/${c.code.toLowerCase()}/`),
    "/regions/",
    ...data.registries.regions.map((r) => `/regions/${r.id}/`),
    "/themes/",
    ...data.registries.themes.map((t) => `/themes/${t.id}/`),
    "/organizations/",
    ...data.registries.organizations.map((o) => `/organizations/${o.id}/`),
    "/sources/",
    "/sources/report/",
    "/data/",
    "/about/",
  ];
  return paths.map((path) => ({ url: `${siteConfig.url}${siteConfig.basePath}${path}` }));
}
