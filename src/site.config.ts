/** Site-wide settings, read from the environment at build time (README: Deploying). */
const basePath = (process.env.BASE_PATH ?? "").replace(/\/$/, "");

export const siteConfig = {
  /** Public origin, without the base path: canonical URLs, sitemaps, citations. */
  url: (process.env.SITE_URL || "http://localhost:3000").replace(/\/$/, ""),
  /** False when SITE_URL was not set: the build warns, and the browser fills in its own address. */
  urlIsSet: Boolean(process.env.SITE_URL),
  basePath,
  /** Where readers suggest a correction: an issue form, or a mailto: address. */
  correctionsUrl: process.env.CORRECTIONS_URL ?? "https://github.com/rcp-explorer/rcp-explorer/issues/new",
} as const;

/** A link that opens a correction about one page, with its subject filled in. */
export function correctionHref(subject: string): string {
  const base = siteConfig.correctionsUrl;
  const key = base.startsWith("mailto:") ? "subject" : "title";
  return `${base}${base.includes("?") ? "&" : "?"}${key}=${encodeURIComponent(subject)}`;
}
