import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { SourceRef } from "@/components/SourceRef";
import { CLAIM_FIELD_LABELS } from "@/lib/labels";
import { dataReport } from "@/lib/dataReport";
import { getSiteData } from "@/lib/siteData";

export const metadata: Metadata = pageMetadata({
  title: "Data report",
  description: "For every record: the sources it uses, and every place where it departs from a figure a source states — with the reason.",
  path: "/sources/report/",
});

export default async function DataReportPage() {
  const { content } = await getSiteData();
  const report = dataReport(content);
  const total = report.reduce((n, r) => n + r.departures.length, 0);
  return (
    <div>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/sources/", label: "Sources" }, { label: "Data report" }]} />
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Data report</h1>
      <p className="mb-6 max-w-3xl text-slate-700">
        For each of the {report.length} records: the sources it uses, and each of the {total} places where it departs from
        a figure a source states — a stated total that differs from the countries the source names, or a source&apos;s year,
        classification or status that differs from the record&apos;s headline value — with the reason. The same report is
        printed by <code>npm run report</code>.
      </p>
      <ul className="space-y-6">
        {report.map((record) => (
          <li key={record.slug} id={record.slug}>
            <h2 className="text-lg font-semibold">
              <Link href={`/processes/${record.slug}/`}>{record.name}</Link>
            </h2>
            <p className="text-sm text-slate-700">
              Sources:{" "}
              {record.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && ", "}
                  <SourceRef id={s.id} asOf={s.asOf} />
                </span>
              ))}
            </p>
            {record.departures.length === 0 ? (
              <p className="text-sm text-slate-600">No departure from a stated figure.</p>
            ) : (
              <table className="mt-2 w-full border-collapse text-left text-sm">
                <caption className="sr-only">Departures from stated figures: {record.name}</caption>
                <thead>
                  <tr className="border-b border-slate-300">
                    <th scope="col" className="py-1 pr-3">What</th>
                    <th scope="col" className="py-1 pr-3">Source</th>
                    <th scope="col" className="py-1 pr-3">Source states</th>
                    <th scope="col" className="py-1 pr-3">Record has</th>
                    <th scope="col" className="py-1">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {record.departures.map((d, i) => (
                    <tr key={i} className="border-b border-slate-100 align-top">
                      <td className="py-1 pr-3">{CLAIM_FIELD_LABELS[d.field] ?? d.field.replace(/^(\w+) count$/, "Number of $1s")}</td>
                      <td className="py-1 pr-3">
                        <SourceRef id={d.source} asOf={d.asOf} />
                      </td>
                      <td className="py-1 pr-3">{d.stated}</td>
                      <td className="py-1 pr-3">{d.recorded}</td>
                      <td className="py-1">{d.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
