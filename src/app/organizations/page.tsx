import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { processCountLabel } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Organisations",
  description: "International and regional organisations named as members, observers, secretariats or chairs of migration consultation mechanisms.",
  path: "/organizations/",
});

export default async function OrganizationsPage() {
  const data = await getSiteData();
  const organizations = [...data.registries.organizations].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Organisations" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Organisations</h1>
      <p className="mt-3 max-w-3xl text-slate-800">
        The {organizations.length} international and regional organisations the sources name as a member, observer,
        secretariat or chair of a process. The counts are of the processes where the newest source gives the organisation
        one of those roles.
      </p>
      <ul className="mt-6 divide-y divide-slate-100 border-y border-slate-200">
        {organizations.map((organization) => (
          <li key={organization.id} className="grid grid-cols-1 gap-x-4 py-2 sm:grid-cols-[1fr_auto] sm:items-baseline">
            <p>
              <Link href={`/organizations/${organization.id}/`} className="font-medium">
                {organization.name}
              </Link>
              {organization.acronym && <span className="text-slate-600"> ({organization.acronym})</span>}
            </p>
            <p className="text-sm text-slate-700">{processCountLabel(data.forumsByOrganization.get(organization.id)?.length ?? 0)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
