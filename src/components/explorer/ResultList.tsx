"use client";

import Link from "next/link";
import type { ExplorerEntry } from "@/lib/explorer/entries";
import { foundedLabel, membershipSummary } from "@/lib/labels";
import { KindBadge, StatusBadge } from "../Badges";

export function ResultList({ entries, regionName }: { entries: readonly ExplorerEntry[]; regionName: (id: string) => string }) {
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200" aria-labelledby="explorer-count">
      {entries.map((e) => (
        <li key={e.scalars.slug} className="py-3">
          <h2 className="text-base font-semibold">
            <Link href={`/processes/${e.scalars.slug}/`}>{e.scalars.name}</Link>
            {e.scalars.acronym && !e.scalars.name.includes(e.scalars.acronym) && (
              <span className="font-normal text-slate-600"> ({e.scalars.acronym})</span>
            )}
          </h2>
          <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
            <KindBadge kind={e.kind} />
            {e.status !== "active" && <StatusBadge status={e.status} />}
            <span>{e.regions.map(regionName).join(", ")}</span>
            <span aria-hidden="true">·</span>
            <span>{foundedLabel(e.foundedYear)}</span>
            <span aria-hidden="true">·</span>
            <span>{membershipSummary(e.memberCount, e.memberOrganizationCount, Boolean(e.scalars.openMembership))}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
