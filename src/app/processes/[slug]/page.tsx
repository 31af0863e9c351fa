import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { KindBadge, StatusBadge } from "@/components/Badges";
import { SourceRef } from "@/components/SourceRef";
import { KeyFacts } from "@/components/profile/KeyFacts";
import { MembershipHistory } from "@/components/profile/MembershipHistory";
import { Meetings } from "@/components/profile/Meetings";
import { Participants } from "@/components/profile/Participants";
import { Section } from "@/components/profile/Section";
import { SourcesDiffer } from "@/components/profile/SourcesDiffer";
import { CopyLinkButton } from "@/components/CopyLinkButton";
import { JsonLd } from "@/components/JsonLd";
import { CitePanel } from "@/components/profile/CitePanel";
import { citationBibtex, citationText } from "@/lib/citation";
import { describeProcess } from "@/lib/describe";
import { datasetVersion, lastUpdated } from "@/lib/gitDates";
import { formatPartialDate } from "@/lib/labels";
import { ogImagePath } from "@/lib/ogImagePath";
import { pageMetadata } from "@/lib/pageMetadata";
import { getProcess, getSiteData } from "@/lib/siteData";
import { processJsonLd } from "@/lib/structuredData";
import { siteConfig } from "@/site.config";

export const dynamicParams = false;

export async function generateStaticParams() {
  const { processes } = await getSiteData();
  return processes.map((p) => ({ slug: p.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const process = await getProcess(slug);
  const data = await getSiteData();
  const title = process.acronym && !process.name.en.includes(process.acronym) ? `${process.name.en} (${process.acronym})` : process.name.en;
  return pageMetadata({
    title,
    description: describeProcess(process, data),
    path: `/processes/${slug}/`,
    image: { path: ogImagePath(slug), alt: `${process.name.en}: ${describeProcess(process, data)}` },
  });
}

export default async function ProcessPage({ params }: Props) {
  const { slug } = await params;
  const data = await getSiteData();
  const process = await getProcess(slug);
  const otherNames = [process.name.fr, process.name.es].filter((n): n is string => Boolean(n) && n !== process.name.en);
  const url = `${siteConfig.url}${siteConfig.basePath}/processes/${slug}/`;
  const citation = { process, url, siteName: siteConfig.name, datasetVersion: datasetVersion(), sources: data.registries.sources };
  const updated = lastUpdated(process.file);
  const correction = `${siteConfig.correctionsUrl}${siteConfig.correctionsUrl.includes("?") ? "&" : "?"}title=${encodeURIComponent(`Correction: ${process.name.en} (${slug})`)}`;

  return (
    <article>
      <Breadcrumbs trail={[{ href: "/", label: "Home" }, { href: "/processes/", label: "Processes" }, { label: process.acronym ?? process.name.en }]} />
      <header className="mb-6">
        <p className="mb-2 flex flex-wrap gap-2">
          <KindBadge kind={process.kind} />
          <StatusBadge status={process.status} />
        </p>
        <h1 className="text-3xl font-bold tracking-tight">
          {process.name.en}
          {process.acronym && !process.name.en.includes(process.acronym) && (
            <span className="font-normal text-slate-600"> ({process.acronym})</span>
          )}
        </h1>
        {otherNames.length > 0 && (
          <p className="mt-1 text-slate-700">
            {process.name.fr && process.name.fr !== process.name.en && <span lang="fr">{process.name.fr}</span>}
            {process.name.fr && process.name.es && " · "}
            {process.name.es && process.name.es !== process.name.en && <span lang="es">{process.name.es}</span>}
          </p>
        )}
        <p className="mt-3 max-w-3xl text-lg text-slate-800">{describeProcess(process, data)}</p>
        <p className="no-print mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-slate-700">
          <CopyLinkButton />
          <a href="#cite-heading">Cite this page</a>
          <a href={correction} rel="external">
            Suggest a correction
          </a>
          <span>
            Data as of {formatPartialDate(process.current.asOf)}
            {updated && (
              <>
                {" · "}last updated <time dateTime={updated}>{updated}</time>
              </>
            )}
          </span>
        </p>
      </header>
      <JsonLd data={processJsonLd(process, data)} />

      <SourcesDiffer process={process} />

      <Section id="facts" title="Key facts">
        <KeyFacts process={process} data={data} />
      </Section>

      {process.notes.length > 0 && (
        <Section id="notes" title="Notes on the data">
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {process.notes.map((n, i) => (
              <li key={i}>
                {n.text} {n.source && <SourceRef id={n.source} />}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="about" title="About this process">
        <div className="prose prose-slate max-w-3xl" dangerouslySetInnerHTML={{ __html: process.bodyHtml }} />
      </Section>

      {process.priorities.length > 0 && (
        <Section id="priorities" title="Current priorities">
          <ul className="list-disc space-y-1 pl-5">
            {process.priorities.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="participants" title="Participants">
        <Participants process={process} data={data} />
      </Section>

      {process.snapshots.length > 0 && (
        <Section id="history" title="Membership over time">
          <MembershipHistory process={process} data={data} />
        </Section>
      )}

      {process.meetings.length > 0 && (
        <Section id="meetings" title="Meetings and declarations">
          <Meetings meetings={process.meetings} />
        </Section>
      )}

      <Section id="sources" title="Sources">
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {process.sources.map((s) => (
            <li key={s.id}>
              {data.sourceById.get(s.id)?.title ?? s.id} ({data.sourceById.get(s.id)?.dateLabel}) <SourceRef id={s.id} asOf={s.asOf} />
              {s.id === process.current.source && <span className="text-slate-600"> — current lists of participants</span>}
            </li>
          ))}
        </ul>
      </Section>

      <Section id="cite" title="Cite this page">
        <CitePanel text={citationText(citation)} bibtex={citationBibtex(citation)} />
      </Section>
    </article>
  );
}
