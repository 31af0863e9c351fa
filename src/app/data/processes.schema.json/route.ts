import { processesJsonSchema } from "@/lib/openData";

export const dynamic = "force-static";

export function GET() {
  return Response.json(processesJsonSchema());
}
