import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { ProcessList } from "@/components/ProcessList";
import { KINDS } from "@/lib/content/schema";
import type { Region } from "@/lib/content/types";
import { processesByKind } from "@/lib/indexes";
import { KIND_PLURALS } from "@/lib/labels";
import { kindCountsPhrase, processCountLabel, sortedProcesses } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const dynamicParams = false;

export async function generateStaticParams() {
  const { registries } = await getSiteData();
  return registries.regions.map((r) => ({ id: r.id }));
}

type Props = { params: Promise<{ id: string }> };

async function getRegion(id: string): Promise<Region> {
  const region = (await getSiteData()).regionById.get(id);
  if (!region) throw new Error(`No region "${id}"`);
  return region;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const data = await getSiteData();
  const region = await getRegion(id);
  return pageMetadata({
    title: region.name,
    description: `${region.name}: ${kindCountsPhrase(data.byRegion.get(region.id) ?? [])} on migration. ${region.description}`,
    path: `/regions/${id}/`,
  });
}

export default async function RegionPage({ params }: Props) {
  const { id } = await params;
  const data = await getSiteData();
  const region = await getRegion(id);
  const processes = sortedProcesses(data.byRegion.get(region.id) ?? []);
  const byKind = processesByKind(processes);

  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/regions/", label: "Regions" }, { label: region.name }]} />
      <h1 className="text-3xl font-bold tracking-tight">{region.name}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">{region.description}</p>
      <p className="mt-3 text-sm">
        {processCountLabel(processes.length)} recorded.{" "}
        {processes.length > 0 && (
          <Link href={`/processes/?region=${region.id}`}>Filter them further in the explorer</Link>
        )}
      </p>
      {processes.length === 0 && <p className="mt-6">No process recorded here covers this region.</p>}
      {KINDS.map((kind) => {
        const list = byKind.get(kind);
        if (!list?.length) return null;
        return (
          <section key={kind} aria-labelledby={`${kind}-heading`} className="mt-8">
            <h2 id={`${kind}-heading`} className="mb-2 text-xl font-semibold">
              {KIND_PLURALS[kind]} <span className="font-normal text-slate-600">({list.length})</span>
            </h2>
            <ProcessList processes={list} headingLevel={3} />
          </section>
        );
      })}
    </div>
  );
}
