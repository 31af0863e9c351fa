/**
 * Every URL the site publishes, in one place (CONTRACTS.md: URLs). Pages and components build links
 * only with these functions. Paths are root-relative with a trailing slash; `href` adds the base
 * path (the site uses plain <a> links, which Next does not prefix); `absoluteUrl` adds the origin.
 */
import { siteConfig } from "@/site.config";
import { DEFAULT_LOCALE, type Locale } from "./i18n/locales";

export type Route =
  | { page: "home" }
  | { page: "explorer"; query?: string }
  | { page: "process"; slug: string }
  | { page: "countries" }
  | { page: "country"; code: string }
  | { page: "regions" }
  | { page: "region"; id: string }
  | { page: "themes" }
  | { page: "theme"; id: string }
  | { page: "organizations" }
  | { page: "organization"; id: string }
  | { page: "sources" }
  | { page: "report"; slug?: string }
  | { page: "about" }
  | { page: "data" }
  | { page: "compare"; query?: string }
  | { page: "timeline" }
  | { page: "search"; query?: string };

function pathWithinLocale(route: Route): string {
  switch (route.page) {
    case "home":
      return "/";
    case "explorer":
      return `/processes/${route.query ? `?${route.query}` : ""}`;
    case "process":
      return `/processes/${route.slug}/`;
    case "countries":
      return "/countries/";
    case "country":
      return `/countries/${route.code.toLowerCase()}/`;
    case "regions":
      return "/regions/";
    case "region":
      return `/regions/${route.id}/`;
    case "themes":
      return "/themes/";
    case "theme":
      return `/themes/${route.id}/`;
    case "organizations":
      return "/organizations/";
    case "organization":
      return `/organizations/${route.id}/`;
    case "sources":
      return "/sources/";
    case "report":
      return route.slug ? `/sources/report/${route.slug}/` : "/sources/report/";
    case "about":
      return "/about/";
    case "data":
      return "/data/";
    case "compare":
      return `/compare/${route.query ? `?${route.query}` : ""}`;
    case "timeline":
      return "/timeline/";
    case "search":
      return `/search/${route.query ? `?${route.query}` : ""}`;
  }
}

/** Root-relative path of a page in a language, without the base path: `/fr/processes/midsa/`. */
export function pathOf(route: Route, locale: Locale = DEFAULT_LOCALE): string {
  const path = pathWithinLocale(route);
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** The href of a page: its path under the base path. */
export function href(route: Route, locale: Locale = DEFAULT_LOCALE): string {
  return `${siteConfig.basePath}${pathOf(route, locale)}`;
}

/** The public URL of a page. */
export function absoluteUrl(route: Route, locale: Locale = DEFAULT_LOCALE): string {
  return `${siteConfig.url}${href(route, locale)}`;
}

/** A published file that is not a page: `/data/processes.json`, `/og/…png`, `/maps/world.svg`. */
export function fileHref(path: string): string {
  return `${siteConfig.basePath}${path.startsWith("/") ? path : `/${path}`}`;
}

export function absoluteFileUrl(path: string): string {
  return `${siteConfig.url}${fileHref(path)}`;
}

export const processPath = (slug: string, locale?: Locale) => href({ page: "process", slug }, locale);
export const countryPath = (code: string, locale?: Locale) => href({ page: "country", code }, locale);
export const explorerPath = (query: string, locale?: Locale) => href({ page: "explorer", query }, locale);
