import { processesJson } from "@/lib/openData";
import { getSiteData } from "@/lib/siteData";
import { siteConfig } from "@/site.config";

export const dynamic = "force-static";

export async function GET() {
  const { content } = await getSiteData();
  return Response.json(processesJson(content, siteConfig.basePath));
}
