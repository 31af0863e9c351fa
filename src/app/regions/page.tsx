import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { processCountLabel } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Regions",
  description: "Browse the migration consultation mechanisms by region: Africa, the Americas, Asia and the Pacific, Europe, the Middle East, the Mediterranean and global processes.",
  path: "/regions/",
});

export default async function RegionsPage() {
  const data = await getSiteData();
  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Regions" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Regions</h1>
      <p className="mt-3 max-w-3xl text-slate-800">
        Each process is listed under every region it spans, so an inter-regional forum appears under each of its sides and
        the counts add up to more than the {data.processes.length} processes recorded.
      </p>
      <ul className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2">
        {data.registries.regions.map((region) => (
          <li key={region.id} className="rounded border border-slate-200 p-4">
            <h2 className="flex flex-wrap items-baseline justify-between gap-x-3 text-lg font-semibold">
              <Link href={`/regions/${region.id}/`}>{region.name}</Link>
              <span className="text-sm font-normal text-slate-700">{processCountLabel(data.byRegion.get(region.id)?.length ?? 0)}</span>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{region.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
