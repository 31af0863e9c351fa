import { membershipsCsv } from "@/lib/openData";
import { getSiteData } from "@/lib/siteData";

export const dynamic = "force-static";

export async function GET() {
  const { content } = await getSiteData();
  return new Response(membershipsCsv(content), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
}
