import { serveDataFile } from "../serveDataFile";

export const dynamic = "force-static";

export function GET() {
  return serveDataFile("version.json");
}
