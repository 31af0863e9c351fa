// Route conventions only: the shared map geometry every inline map refers to (src/lib/maps/geometry.ts).
import { worldGeometrySvg } from "@/lib/maps/geometry";

export const dynamic = "force-static";

export function GET() {
  return new Response(worldGeometrySvg(), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
}
