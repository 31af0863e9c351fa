/** One-sentence summaries written from a record's data, for lead paragraphs and meta descriptions. */
import type { Process } from "./content/types";
import { memberCount } from "./indexes";
import { KIND_LABELS, membershipSummary } from "./labels";
import type { SiteData } from "./siteData";

export function describeProcess(process: Process, data: Pick<SiteData, "regionById">): string {
  const regions = process.regions.map((id) => data.regionById.get(id)?.name ?? id);
  const who = process.openMembership
    ? "open to all states"
    : membershipSummary(memberCount(process), process.current.memberOrganizations.length, false);
  const status =
    process.status === "active" ? "" : process.status === "succeeded" ? ", since succeeded" : ", no longer active";
  const kind = KIND_LABELS[process.kind].toLowerCase();
  const where = process.kind === "global" ? "" : ` (${regions.join(", ")})`;
  return `${article(kind)} ${kind}${where} ${process.foundedYear === null ? "of unknown founding year" : `founded in ${process.foundedYear}`}, with ${who}${status}.`.replace(/^./, (c) => c.toUpperCase());
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "An" : "A";
}
