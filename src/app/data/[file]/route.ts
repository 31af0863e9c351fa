// Route conventions only: every open-data file of the catalogue (src/lib/openData/catalogue.ts).
import { servedFiles } from "@/lib/openData/catalogue";
import { getSiteData } from "@/lib/siteData";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return servedFiles(getSiteData()).map((f) => ({ file: f.name }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const entry = servedFiles(getSiteData()).find((f) => f.name === file);
  if (!entry) return new Response("Not found", { status: 404 });
  return new Response(entry.body(), { headers: { "Content-Type": entry.contentType } });
}
