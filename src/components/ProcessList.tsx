import Link from "next/link";
import type { Process } from "@/lib/content/types";
import { memberCount } from "@/lib/indexes";
import { foundedLabel, membershipSummary } from "@/lib/labels";
import { KindBadge, StatusBadge } from "./Badges";

/** A plain, JavaScript-free list of processes with the facts a reader scans for. */
export function ProcessList({ processes, headingLevel = 3 }: { processes: Process[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {processes.map((p) => (
        <li key={p.slug} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between">
          <div>
            <Heading className="text-base font-semibold">
              <Link href={`/processes/${p.slug}/`}>{p.name.en}</Link>
              {p.acronym && <span className="font-normal text-slate-600"> ({p.acronym})</span>}
            </Heading>
          </div>
          <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <KindBadge kind={p.kind} />
            {p.status !== "active" && <StatusBadge status={p.status} />}
            <span>{foundedLabel(p.foundedYear)}</span>
            <span aria-hidden="true">·</span>
            <span>{membershipSummary(memberCount(p), p.current.memberOrganizations.length, Boolean(p.openMembership))}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
