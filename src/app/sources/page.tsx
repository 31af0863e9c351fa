import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { formatPartialDate } from "@/lib/labels";
import { sortedProcesses } from "@/lib/lookups";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Sources",
  description: "The five IOM documents (2003–2017) every fact on this site comes from, and the records that cite each.",
  path: "/sources/",
});

export default async function SourcesPage() {
  const data = await getSiteData();
  const { sources } = data.registries;

  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Sources" }]} />
      <h1 className="text-3xl font-bold tracking-tight">Sources</h1>
      <p className="mt-3 max-w-3xl text-slate-800">
        Every fact on this site cites one of these {sources.length} documents, oldest first, by the short id shown with
        it. A record&rsquo;s current facts come from the newest document that covers it; older ones are kept as dated
        snapshots and, where they disagree, as &ldquo;sources differ&rdquo; notes. <Link href="/about/#method">How the data was compiled</Link>;
        the <Link href="/sources/report/">data report</Link> lists every place a record departs from a figure a source states.
      </p>

      {sources.map((source) => {
        const citing = sortedProcesses(data.bySource.get(source.id) ?? []);
        const current = citing.filter((p) => p.sources[0]?.id === source.id).length;
        return (
          <section key={source.id} id={source.id} aria-labelledby={`${source.id}-heading`} className="mt-10 scroll-mt-4">
            <p className="font-mono text-sm text-slate-700">{source.id}</p>
            <h2 id={`${source.id}-heading`} className="text-xl font-semibold">
              {source.title}
            </h2>
            <dl className="mt-3 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
              <dt className="font-medium text-slate-700">Author</dt>
              <dd>{source.author}</dd>
              <dt className="font-medium text-slate-700">Date</dt>
              <dd>{source.dateLabel}</dd>
              <dt className="font-medium text-slate-700">Language</dt>
              <dd>{source.language}</dd>
              <dt className="font-medium text-slate-700">Covers</dt>
              <dd>{source.covers}</dd>
            </dl>
            <h3 className="mt-4 font-semibold">
              Cited by {citing.length} {citing.length === 1 ? "record" : "records"}
              {current > 0 && (
                <span className="font-normal text-slate-600">
                  {" "}
                  (the source of current facts for {current})
                </span>
              )}
            </h3>
            {citing.length > 0 && (
              <ul className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm lg:grid-cols-2">
                {citing.map((process) => {
                  const asOf = process.sources.find((s) => s.id === source.id)?.asOf;
                  return (
                    <li key={process.slug}>
                      <Link href={`/processes/${process.slug}/`}>{process.name.en}</Link>
                      {process.acronym && !process.name.en.includes(process.acronym) && ` (${process.acronym})`}
                      {asOf && <span className="text-slate-600">, as of {formatPartialDate(asOf)}</span>}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
