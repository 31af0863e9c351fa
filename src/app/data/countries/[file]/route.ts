// Route conventions only: one CSV per country with forums, /data/countries/<iso3>.csv.
import { countryForumsCsv } from "@/lib/openData/countryTables";
import { getSiteData } from "@/lib/siteData";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return [...getSiteData().forumsByCountry.keys()].map((code) => ({ file: `${code.toLowerCase()}.csv` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const code = (await params).file.replace(/\.csv$/, "").toUpperCase();
  if (!getSiteData().forumsByCountry.has(code)) return new Response("Not found", { status: 404 });
  return new Response(countryForumsCsv(getSiteData(), code), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
