/**
 * Metadata for a page: description, canonical URL, Open Graph and Twitter card. Paths are
 * root-relative without the base path; `metadataBase` (the layout) adds origin and base path.
 */
import type { Metadata } from "next";
import { siteConfig } from "@/site.config";

export function pageMetadata({
  title,
  description,
  path,
  image,
}: {
  title: string;
  description: string;
  path: string;
  image?: { path: string; alt: string };
}): Metadata {
  const relative = path.replace(/^\//, "");
  const images = image ? [{ url: image.path.replace(/^\//, ""), width: 1200, height: 630, alt: image.alt }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: relative || "./" },
    openGraph: { title, description, url: relative || "./", siteName: siteConfig.name, type: "website", locale: "en", images },
    twitter: { card: image ? "summary_large_image" : "summary", title, description, images: images?.map((i) => i.url) },
  };
}
