/** The real content, loaded once per test run (vitest shares modules across files: isolate is off). */
import { loadContentFrom } from "@/lib/content/load";
import { buildSiteData, type SiteData } from "@/lib/siteData";
import { PROJECT_ROOT } from "./fixtures";

let cached: SiteData | undefined;

export function realSite(): SiteData {
  cached ??= buildSiteData(loadContentFrom(PROJECT_ROOT));
  return cached;
}
