import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { processCountLabel } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Themes",
  description: "The themes migration consultation mechanisms work on — labour migration, trafficking, asylum, return, development and more — with the processes tagged with each.",
  path: "/themes/",
});

export default async function ThemesPage() {
  const data = await getSiteData();
  const themes = [...data.registries.themes].sort((a, b) => a.name.localeCompare(b.name, "en"));
  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Themes" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Themes</h1>
      <p className="mt-3 max-w-3xl text-slate-800">
        Every record is tagged from one list of themes, read from the areas of discussion and priorities its sources
        give. A process usually has several.
      </p>
      <ul className="mt-6 divide-y divide-slate-200 border-y border-slate-200">
        {themes.map((theme) => (
          <li key={theme.id} className="py-3">
            <h2 className="flex flex-wrap items-baseline justify-between gap-x-3 text-base font-semibold">
              <Link href={`/themes/${theme.id}/`}>{theme.name}</Link>
              <span className="text-sm font-normal text-slate-700">{processCountLabel(data.byTheme.get(theme.id)?.length ?? 0)}</span>
            </h2>
            <p className="mt-1 max-w-3xl text-sm text-slate-700">{theme.definition}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
