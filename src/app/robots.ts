// Route conventions only.
import type { MetadataRoute } from "next";
import { absoluteFileUrl } from "@/lib/routes";

export const dynamic = "force-static";

export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: absoluteFileUrl("/sitemap.xml") };
}
