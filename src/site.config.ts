/** Site-wide settings. The public URL and base path come from the environment at build time. */
const basePath = (process.env.BASE_PATH ?? "").replace(/\/$/, "");

export const siteConfig = {
  name: "RCP Explorer",
  tagline: "Inter-state consultation mechanisms on migration, sourced and linkable",
  description:
    "A directory of the regional consultative processes, inter-regional forums and global processes on migration: who takes part, where, since when and on what — every fact sourced.",
  /** Public origin, without the base path: used for canonical URLs and sitemaps. */
  url: (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/$/, ""),
  basePath,
  /** Where readers suggest a correction. */
  correctionsUrl: process.env.CORRECTIONS_URL ?? "https://github.com/rcp-explorer/rcp-explorer/issues/new",
} as const;

/** A root-relative URL for a file we publish (Next's <Link> adds the base path itself; <a> does not). */
export function withBasePath(path: string): string {
  return `${siteConfig.basePath}${path}`;
}
