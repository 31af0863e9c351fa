/**
 * Metadata for a page in a language: title, description, canonical URL, hreflang alternates for the
 * three languages (and x-default), Open Graph and Twitter cards with the page's preview image.
 */
import type { Metadata } from "next";
import { siteConfig } from "@/site.config";
import { dictionary } from "./i18n";
import { LOCALES, type Locale } from "./i18n/locales";
import { absoluteFileUrl, absoluteUrl, type Route } from "./routes";

const OG_LOCALE: Record<Locale, string> = { en: "en_GB", fr: "fr_FR", es: "es_ES" };

export function alternates(route: Route): Record<string, string> {
  return {
    ...Object.fromEntries(LOCALES.map((l) => [l, absoluteUrl(route, l)])),
    "x-default": absoluteUrl(route, "en"),
  };
}

export function pageMetadata({
  locale,
  route,
  title,
  description,
  image,
}: {
  locale: Locale;
  route: Route;
  title: string;
  description: string;
  /** Root-relative path of the preview image (no base path), and its text. */
  image?: { path: string; alt: string };
}): Metadata {
  const url = absoluteUrl(route, locale);
  const images = image ? [{ url: absoluteFileUrl(image.path), width: 1200, height: 630, alt: image.alt }] : undefined;
  const siteName = dictionary(locale).site.name;
  return {
    title: route.page === "home" ? { absolute: `${siteName} — ${title}` } : title,
    description,
    alternates: { canonical: url, languages: alternates(route) },
    openGraph: {
      title,
      description,
      url,
      siteName,
      type: "website",
      locale: OG_LOCALE[locale],
      alternateLocale: LOCALES.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      images,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images: images?.map((i) => i.url) },
  };
}

/** The layout's defaults: the title template and the application name. */
export function layoutMetadata(locale: Locale): Metadata {
  const t = dictionary(locale).site;
  return {
    applicationName: t.name,
    title: { default: t.name, template: `%s · ${t.name}` },
    description: t.description,
    metadataBase: new URL(`${siteConfig.url}${siteConfig.basePath}/`),
    icons: { icon: `${siteConfig.basePath}/icon.svg` },
  };
}
