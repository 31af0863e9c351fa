import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { ProcessList } from "@/components/ProcessList";
import type { Organization } from "@/lib/content/types";
import { describeOrganization, groupOrganizationForums } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const dynamicParams = false;

export async function generateStaticParams() {
  const { registries } = await getSiteData();
  return registries.organizations.map((o) => ({ id: o.id }));
}

type Props = { params: Promise<{ id: string }> };

async function getOrganization(id: string): Promise<Organization> {
  const organization = (await getSiteData()).organizationById.get(id);
  if (!organization) throw new Error(`No organisation "${id}"`);
  return organization;
}

function displayName(organization: Organization): string {
  return organization.acronym ? `${organization.name} (${organization.acronym})` : organization.name;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const data = await getSiteData();
  const organization = await getOrganization(id);
  return pageMetadata({
    title: displayName(organization),
    description: describeOrganization(organization.name, data.forumsByOrganization.get(organization.id) ?? [], data.processes.length),
    path: `/organizations/${id}/`,
  });
}

export default async function OrganizationPage({ params }: Props) {
  const { id } = await params;
  const data = await getSiteData();
  const organization = await getOrganization(id);
  const forums = data.forumsByOrganization.get(organization.id) ?? [];
  const groups = groupOrganizationForums(forums);
  const otherNames = organization.variants.filter((v) => v !== organization.acronym);

  return (
    <article>
      <Breadcrumbs
        trail={[{ href: "/", label: "Home" }, { href: "/organizations/", label: "Organisations" }, { label: organization.acronym ?? organization.name }]}
      />
      <h1 className="text-3xl font-bold tracking-tight">
        {organization.name}
        {organization.acronym && <span className="font-normal text-slate-600"> ({organization.acronym})</span>}
      </h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">
        {describeOrganization(organization.acronym ?? organization.name, forums, data.processes.length)}
      </p>
      {(otherNames.length > 0 || organization.website) && (
        <dl className="mt-3 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          {otherNames.length > 0 && (
            <>
              <dt className="font-medium text-slate-700">Also known as</dt>
              <dd>{otherNames.join(", ")}</dd>
            </>
          )}
          {organization.website && (
            <>
              <dt className="font-medium text-slate-700">Website</dt>
              <dd>
                <a href={organization.website} rel="external noopener">
                  {organization.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </dd>
            </>
          )}
        </dl>
      )}
      {groups.length === 0 ? (
        <p className="mt-6 max-w-3xl">
          The lists here are those of each record&rsquo;s newest source; an organisation named only by an older source
          appears on the profile&rsquo;s membership history instead.
        </p>
      ) : (
        groups.map((group) => (
          <section key={group.role} aria-labelledby={`${group.role}-heading`} className="mt-8">
            <h2 id={`${group.role}-heading`} className="mb-2 text-xl font-semibold">
              {group.label} <span className="font-normal text-slate-600">({group.processes.length})</span>
            </h2>
            <ProcessList processes={group.processes} headingLevel={3} />
          </section>
        ))
      )}
    </article>
  );
}
