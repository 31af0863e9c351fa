// Route conventions only: one JSON file per record, /data/processes/<slug>.json.
import { toProcessRecordJson } from "@/lib/openData/processesJson";
import { getSiteData } from "@/lib/siteData";

export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return getSiteData().processes.map((p) => ({ file: `${p.slug}.json` }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const process = getSiteData().bySlug.get(file.replace(/\.json$/, ""));
  if (!process) return new Response("Not found", { status: 404 });
  return new Response(`${JSON.stringify({ version: getSiteData().version, ...toProcessRecordJson(process) }, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
}
