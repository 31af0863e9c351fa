import Link from "next/link";
import type { ReactNode } from "react";
import type { Process } from "@/lib/content/types";
import type { SiteData } from "@/lib/siteData";
import { KIND_LABELS, STATUS_LABELS, formatPartialDate } from "@/lib/labels";
import { chairText, secretariatText } from "@/lib/openData";
import { SourceRef } from "../SourceRef";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-1 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function KeyFacts({ process, data }: { process: Process; data: SiteData }) {
  const secretariat = secretariatText(process, data.registries);
  const chair = chairText(process, data.registries);
  const linked = (slug: string) => <Link href={`/processes/${slug}/`}>{data.bySlug.get(slug)?.name.en ?? slug}</Link>;
  return (
    <dl className="divide-y divide-slate-100 text-sm">
      <Fact term="Kind">{KIND_LABELS[process.kind]}</Fact>
      <Fact term="Regions">
        {process.regions.map((id, i) => (
          <span key={id}>
            {i > 0 && ", "}
            <Link href={`/regions/${id}/`}>{data.regionById.get(id)?.name ?? id}</Link>
          </span>
        ))}
      </Fact>
      <Fact term="Founded">{process.foundedYear ?? "No source gives a founding year"}</Fact>
      <Fact term="Status">
        {STATUS_LABELS[process.status]}
        {process.endedYear && ` (ended ${process.endedYear})`}
        {process.statusSource && (
          <>
            {" — "}
            {process.statusSource.note} <SourceRef id={process.statusSource.source} asOf={process.statusSource.asOf} />
          </>
        )}
      </Fact>
      {process.predecessor && <Fact term="Predecessor">{linked(process.predecessor)}</Fact>}
      {process.successor && <Fact term="Succeeded by">{linked(process.successor)}</Fact>}
      {process.formerNames.length > 0 && (
        <Fact term="Former names">
          {process.formerNames.map((f, i) => (
            <span key={f.name}>
              {i > 0 && "; "}
              {f.name}
              {f.until && ` (until ${f.until})`} <SourceRef id={f.source} />
            </span>
          ))}
        </Fact>
      )}
      {secretariat && (
        <Fact term="Secretariat">
          {process.secretariat?.organization ? (
            <Link href={`/organizations/${process.secretariat.organization}/`}>{secretariat}</Link>
          ) : (
            secretariat
          )}
        </Fact>
      )}
      {chair && <Fact term={`Chair (as of ${formatPartialDate(process.current.asOf)})`}>{chair}</Fact>}
      {process.openMembership && (
        <Fact term="Membership">
          {process.openMembership.description} <SourceRef id={process.openMembership.source} />
        </Fact>
      )}
      {process.websites.length > 0 && (
        <Fact term="Website">
          <ul>
            {process.websites.map((url) => (
              <li key={url}>
                <a href={url} rel="external noopener">
                  {url.replace(/^https?:\/\//, "").replace(/\/$/, "")}
                </a>
              </li>
            ))}
          </ul>
        </Fact>
      )}
      <Fact term="Themes">
        <ul className="flex flex-wrap gap-2">
          {process.themes.map((id) => (
            <li key={id}>
              <Link href={`/themes/${id}/`} className="inline-block rounded-full border border-brand-600/30 bg-brand-50 px-2.5 py-0.5 text-xs no-underline">
                {data.themeById.get(id)?.name ?? id}
              </Link>
            </li>
          ))}
        </ul>
      </Fact>
    </dl>
  );
}
