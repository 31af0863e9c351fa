// Route conventions only: the site search's index (src/lib/searchIndex.ts).
import { getSiteData } from "@/lib/siteData";
import { buildSearchIndex } from "@/lib/searchIndex";

export const dynamic = "force-static";

export function GET() {
  return new Response(JSON.stringify(buildSearchIndex(getSiteData())), { headers: { "Content-Type": "application/json; charset=utf-8" } });
}
