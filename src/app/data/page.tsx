import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { pageMetadata } from "@/lib/pageMetadata";
import { formatPartialDate } from "@/lib/labels";
import { DATA_FILES, datasetInfo } from "@/lib/openDataFiles";
import { getSiteData } from "@/lib/siteData";
import { withBasePath } from "@/site.config";

export const metadata: Metadata = pageMetadata({
  title: "Open data",
  description: "Download the whole dataset: processes as JSON with its schema, memberships and membership history as CSV, and the registries.",
  path: "/data/",
});

export default async function DataPage() {
  const { content } = await getSiteData();
  const info = datasetInfo(content);
  return (
    <div className="max-w-4xl">
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { label: "Open data" }]} />
      <h1 className="mb-2 text-3xl font-bold tracking-tight">Open data</h1>
      <p className="mb-4 text-slate-800">
        Everything on this site is also available as files. Dataset version <strong>{info.version}</strong> (the date the
        content last changed); the newest source describes the situation as of <strong>{formatPartialDate(info.dataAsOf)}</strong>.
        Countries are ISO 3166-1 alpha-3 codes (Kosovo XKX; former states by their ISO 3166-3 code). CSV files are UTF-8
        without a byte-order mark, with RFC 4180 quoting.
      </p>
      <p className="mb-8 text-slate-800">
        Sources: the five documents listed on <Link href="/sources/">Sources</Link>, cited by id in every record (
        {info.sources.map((s) => `${s.id}, ${formatPartialDate(s.asOf)}`).join("; ")}). Where the data departs from a
        figure a source states, the <Link href="/sources/report/">data report</Link> says so and why.
      </p>
      <ul className="space-y-8">
        {DATA_FILES.map((file) => (
          <li key={file.name} id={file.name}>
            <h2 className="text-xl font-semibold">
              <a href={withBasePath(`/data/${file.name}`)} download>
                {file.name}
              </a>
            </h2>
            <p className="mt-1 text-slate-800">{file.description}</p>
            <p className="mt-1 text-sm text-slate-700">
              {file.name.endsWith(".csv")
                ? `${file.rows(content)} rows`
                : file.rows(content) > 1
                  ? `${file.rows(content)} entries`
                  : "One document"}
              {" · "}
              {file.contentType.split(";")[0]}
            </p>
            {file.columns && (
              <p className="mt-1 text-sm">
                Columns: <code className="break-words">{file.columns.join(",")}</code>
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
