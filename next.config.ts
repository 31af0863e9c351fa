import type { NextConfig } from "next";

const basePath = (process.env.BASE_PATH ?? "").replace(/\/$/, "");

if (!process.env.SITE_URL && process.env.NODE_ENV === "production" && !process.env.RCP_QUIET) {
  console.warn(
    "\n⚠ SITE_URL is not set: canonical URLs, the sitemap and citations will say http://localhost:3000.\n" +
      "  Set SITE_URL=https://your.host for a build you publish (README: Deploying).\n",
  );
}

const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  images: { unoptimized: true },
  basePath: basePath || undefined,
  // The routes module builds plain <a> links on the server and in the browser alike.
  env: { BASE_PATH: basePath, SITE_URL: process.env.SITE_URL ?? "" },
  // The variant builds write into their own folders so they never overwrite the main out/.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { globalNotFound: true },
  // `npm run typecheck` checks the whole project once; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
