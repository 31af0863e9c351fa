import { readableText } from "@/lib/format";
import { getSiteData } from "@/lib/siteData";

/** An editor's note as people read it: source ids become their author–date labels. */
export function readable(text: string): string {
  return readableText(text, getSiteData().registries.sources);
}
