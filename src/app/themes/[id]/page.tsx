import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { ProcessList } from "@/components/ProcessList";
import type { Theme } from "@/lib/content/types";
import { processCountLabel, sortedProcesses } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const dynamicParams = false;

export async function generateStaticParams() {
  const { registries } = await getSiteData();
  return registries.themes.map((t) => ({ id: t.id }));
}

type Props = { params: Promise<{ id: string }> };

async function getTheme(id: string): Promise<Theme> {
  const theme = (await getSiteData()).themeById.get(id);
  if (!theme) throw new Error(`No theme "${id}"`);
  return theme;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const data = await getSiteData();
  const theme = await getTheme(id);
  const count = data.byTheme.get(theme.id)?.length ?? 0;
  return pageMetadata({
    title: theme.name,
    description: `${count === 0 ? "No process" : processCountLabel(count)} on migration tagged with the theme “${theme.name}”: ${theme.definition}`,
    path: `/themes/${id}/`,
  });
}

export default async function ThemePage({ params }: Props) {
  const { id } = await params;
  const data = await getSiteData();
  const theme = await getTheme(id);
  const processes = sortedProcesses(data.byTheme.get(theme.id) ?? []);

  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/themes/", label: "Themes" }, { label: theme.name }]} />
      <h1 className="text-3xl font-bold tracking-tight">{theme.name}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">{theme.definition}</p>
      {processes.length === 0 ? (
        <p className="mt-6">No process recorded here is tagged with this theme.</p>
      ) : (
        <section aria-labelledby="processes-heading" className="mt-6">
          <h2 id="processes-heading" className="mb-1 text-xl font-semibold">
            {processCountLabel(processes.length)}
          </h2>
          <p className="mb-3 text-sm">
            <Link href={`/processes/?theme=${theme.id}`}>Filter them further in the explorer</Link> (by region, member state,
            kind or status).
          </p>
          <ProcessList processes={processes} headingLevel={3} />
        </section>
      )}
    </div>
  );
}
