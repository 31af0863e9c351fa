import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { ProcessList } from "@/components/ProcessList";
import { Explorer } from "@/components/explorer/Explorer";
import { explorerData } from "@/lib/explorer/build";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Explore the processes",
  description: "Every regional consultative process, inter-regional forum and global process on migration, filterable by region, member state, theme, kind, status and founding year.",
  path: "/processes/",
});

export default async function ProcessesPage() {
  const data = await getSiteData();
  const props = explorerData(data);
  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Processes" }]} />
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Explore the processes</h1>
      <p className="mb-6 max-w-3xl text-slate-700">
        Filter by region, member state, theme, kind, status and founding year, or search by name. The address bar keeps
        your filters: copy it to share exactly this view.
      </p>
      <Suspense fallback={<StaticFallback data={data} />}>
        <Explorer {...props} />
      </Suspense>
    </div>
  );
}

const LOOKUPS = [
  ["/regions/", "By region"],
  ["/countries/", "By country"],
  ["/themes/", "By theme"],
  ["/organizations/", "By organisation"],
] as const;

/** What the page is before JavaScript runs (and stays without it): every mechanism, and the static lookups. */
function StaticFallback({ data }: { data: Awaited<ReturnType<typeof getSiteData>> }) {
  return (
    <div>
      <p className="mb-4 text-sm text-slate-700">
        All {data.processes.length} mechanisms are listed below. Without JavaScript, look them up by{" "}
        <a href="#lookups">region, country, theme or organisation</a>.
      </p>
      <ProcessList processes={data.processes} />
      <nav id="lookups" aria-label="Lookups" className="mt-6 text-sm">
        <ul className="flex flex-wrap gap-x-4">
          {LOOKUPS.map(([href, label]) => (
            <li key={href}>
              <Link href={href}>{label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
