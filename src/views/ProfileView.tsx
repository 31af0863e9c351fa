import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { KindBadge, StatusBadge } from "@/components/Badges";
import { CopyButton } from "@/components/CopyButton";
import { JsonLd } from "@/components/JsonLd";
import { PageShell } from "@/components/PageShell";
import { Section } from "@/components/Section";
import { AboutData } from "@/components/profile/AboutData";
import { CitePanel } from "@/components/profile/CitePanel";
import { KeyFacts } from "@/components/profile/KeyFacts";
import { MembershipMatrix } from "@/components/profile/MembershipMatrix";
import { Meetings } from "@/components/profile/Meetings";
import { Participants } from "@/components/profile/Participants";
import { Related } from "@/components/profile/Related";
import { citationBibtex, citationText } from "@/lib/citation";
import { renderBody } from "@/lib/content/body";
import { describeProcess, memberCounts } from "@/lib/describe";
import { namedCount } from "@/lib/membership";
import { displayName, formatPartialDate, processName, regionName, sourceLabel } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { plural } from "@/lib/i18n/plural";
import { ogImagePath } from "@/lib/ogCards";
import { pageMetadata } from "@/lib/pageMetadata";
import { absoluteUrl, fileHref, href, type Route } from "@/lib/routes";
import { getProcess, getSiteData } from "@/lib/siteData";
import { processJsonLd } from "@/lib/structuredData";
import { correctionHref } from "@/site.config";
import { colon } from "@/lib/i18n/punctuation";

export function profileParams() {
  return getSiteData().processes.map((p) => ({ slug: p.slug }));
}

export function profileMetadata(locale: Locale, slug: string): Metadata {
  const process = getProcess(slug);
  const summary = describeProcess(process, getSiteData(), locale);
  const title = displayName(process, locale).text;
  return pageMetadata({ locale, route: { page: "process", slug }, title, description: summary, image: { path: ogImagePath("process", slug, locale), alt: `${title}${colon(locale)}${summary}` } });
}

/** A profile, answer first: summary, key facts, participants, membership over time, meetings; the bookkeeping last. */
export function ProfileView({ locale, slug }: { locale: Locale; slug: string }) {
  const t = dictionary(locale);
  const p = t.profile;
  const data = getSiteData();
  const process = getProcess(slug);
  const route: Route = { page: "process", slug };
  const name = displayName(process, locale);
  const otherNames = LOCALES.filter((l) => l !== locale)
    .map((l) => ({ l, name: l === "en" ? process.name.en : process.name[l] }))
    .filter((n): n is { l: Locale; name: string } => Boolean(n.name) && n.name !== processName(process, locale).text);
  const { named, unnamed } = memberCounts(process);
  const observers = namedCount(process.current, "observer");
  const citation = {
    title: name.text,
    slug,
    siteName: t.site.name,
    datasetVersion: data.version,
    dataAsOf: formatPartialDate(process.current.asOf, locale),
    sources: process.sources.map((s) => sourceLabel(data.sourceById.get(s.id), s.id)),
    accessed: t.client.cite.accessed,
  };
  const sections = [
    { id: "facts", title: p.keyFacts },
    { id: "participants", title: p.participants },
    ...(process.lists.length > 1 ? [{ id: "history", title: p.history }] : []),
    { id: "about", title: p.about },
    ...(process.priorities.length ? [{ id: "priorities", title: p.priorities }] : []),
    ...(process.meetings.length ? [{ id: "meetings", title: p.meetings }] : []),
    { id: "related", title: p.related },
    { id: "data", title: p.aboutData },
    { id: "cite", title: p.cite },
  ];

  return (
    <PageShell locale={locale} route={route} section="processes">
      <Breadcrumbs locale={locale} trail={[{ href: href({ page: "explorer" }, locale), label: p.breadcrumb }, { label: name.text }]} />
      <JsonLd data={processJsonLd(process, data, locale)} />
      <article className="lg:grid lg:grid-cols-[1fr_14rem] lg:gap-10">
        <div className="min-w-0">
          <header>
            <h1 lang={name.lang}>{name.text}</h1>
            {otherNames.length > 0 && (
              <p className="mt-1 text-slate-700">
                {otherNames.map((n, i) => (
                  <span key={n.l}>
                    {i > 0 && " · "}
                    <span lang={n.l}>{n.name}</span>
                  </span>
                ))}
              </p>
            )}
            <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-slate-700" aria-label={p.summary}>
              <KindBadge kind={process.kind} locale={locale} />
              <StatusBadge process={process} locale={locale} />
              <span>{process.regions.map((id) => regionName(data.regionById.get(id), id, locale)).join(", ")}</span>
              <span aria-hidden="true">·</span>
              <span>{t.common.founded(process.foundedYear)}</span>
              {!process.openMembership && (
                <>
                  <span aria-hidden="true">·</span>
                  <span>
                    {plural(locale, named, t.roleCount.member)}
                    {unnamed > 0 && ` (+${unnamed})`}
                    {observers > 0 && `, ${plural(locale, observers, t.roleCount.observer)}`}
                  </span>
                </>
              )}
            </p>
            <p className="lede">{describeProcess(process, data, locale)}</p>
            <div className="no-print mt-4 flex flex-wrap items-center gap-2 text-sm">
              <CopyButton label={t.common.copyLink} copied={t.common.copied} failed={t.common.copyFailed} />
              <a className="btn" href="#cite-heading">
                {t.common.cite}
              </a>
              <a className="btn" href={fileHref(`/data/processes/${slug}.json`)}>
                {t.common.dataForPage}
              </a>
              <a className="btn" href={href({ page: "compare", query: `p=${slug}` }, locale)}>
                {t.common.compareWith}
              </a>
              <a href={correctionHref(`${process.name.en} (${slug})`)} rel="external">
                {t.common.suggestCorrection}
              </a>
              {process.lastEdited && <span className="muted">{t.common.pageEdited(formatPartialDate(process.lastEdited, locale))}</span>}
            </div>
          </header>

          <nav aria-labelledby="contents-heading" className="no-print mt-6 border-l-4 border-slate-200 pl-4 lg:hidden">
            <h2 id="contents-heading" className="text-base">
              {t.common.contents}
            </h2>
            <ol className="mt-1 text-sm">
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}-heading`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </nav>

          <Section id="facts" title={p.keyFacts} className="mt-6">
            <KeyFacts process={process} locale={locale} />
          </Section>
          <Section id="participants" title={p.participants}>
            <Participants process={process} locale={locale} />
          </Section>
          {process.lists.length > 1 && (
            <Section id="history" title={p.history}>
              <MembershipMatrix process={process} locale={locale} />
            </Section>
          )}
          <Section id="about" title={p.about}>
            {locale !== "en" && <p className="notice mb-3">{t.common.englishOnly}</p>}
            <div className="prose prose-slate prose-body max-w-3xl" lang={locale === "en" ? undefined : "en"} dangerouslySetInnerHTML={{ __html: renderBody(process.body) }} />
          </Section>
          {process.priorities.length > 0 && (
            <Section id="priorities" title={p.priorities}>
              <ul className="list-disc space-y-1 pl-5" lang={locale === "en" ? undefined : "en"}>
                {process.priorities.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </Section>
          )}
          {process.meetings.length > 0 && (
            <Section id="meetings" title={p.meetings}>
              <Meetings meetings={process.meetings} locale={locale} />
            </Section>
          )}
          <Section id="related" title={p.related}>
            <Related process={process} locale={locale} />
          </Section>
          <Section id="data" title={p.aboutData}>
            <AboutData process={process} locale={locale} />
          </Section>
          <Section id="cite" title={p.cite}>
            <CitePanel text={citationText(citation)} bibtex={citationBibtex(citation)} canonical={absoluteUrl(route, locale)} messages={t.client.cite} copy={t.client.copy} />
          </Section>
        </div>
        <nav aria-label={t.common.contents} className="no-print hidden lg:block">
          <div className="sticky top-4 border-l-4 border-slate-200 pl-4 text-sm">
            <p className="font-semibold">{t.common.contents}</p>
            <ol className="mt-1 space-y-1">
              {sections.map((s) => (
                <li key={s.id}>
                  <a href={`#${s.id}-heading`}>{s.title}</a>
                </li>
              ))}
            </ol>
          </div>
        </nav>
      </article>
    </PageShell>
  );
}
