// Route conventions only: every page in the three languages, with its hreflang alternates.
import type { MetadataRoute } from "next";
import { alternates } from "@/lib/pageMetadata";
import { absoluteUrl, type Route } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { LOCALES } from "@/lib/i18n/locales";

export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  const data = getSiteData();
  const routes: Route[] = [
    { page: "home" },
    { page: "explorer" },
    ...data.processes.map((p): Route => ({ page: "process", slug: p.slug })),
    { page: "countries" },
    ...data.registries.countries.countries.map((c): Route => ({ page: "country", code: c.code })),
    { page: "regions" },
    ...data.registries.regions.map((r): Route => ({ page: "region", id: r.id })),
    { page: "themes" },
    ...data.registries.themes.map((t): Route => ({ page: "theme", id: t.id })),
    { page: "organizations" },
    ...data.registries.organizations.map((o): Route => ({ page: "organization", id: o.id })),
    { page: "sources" },
    { page: "report" },
    ...data.processes.map((p): Route => ({ page: "report", slug: p.slug })),
    { page: "about" },
    { page: "data" },
    { page: "compare" },
    { page: "timeline" },
  ];
  return routes.flatMap((route) =>
    LOCALES.map((locale) => ({ url: absoluteUrl(route, locale), lastModified: route.page === "process" ? data.bySlug.get(route.slug)?.lastEdited : undefined, alternates: { languages: alternates(route) } })),
  );
}
