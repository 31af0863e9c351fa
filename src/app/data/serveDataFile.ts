import { dataFile } from "@/lib/openDataFiles";
import { getSiteData } from "@/lib/siteData";
import { siteConfig } from "@/site.config";

/** The body of a route handler that writes one open-data file into the export. */
export async function serveDataFile(name: string): Promise<Response> {
  const file = dataFile(name);
  const { content } = await getSiteData();
  return new Response(file.body(content, siteConfig.basePath), { headers: { "Content-Type": file.contentType } });
}
