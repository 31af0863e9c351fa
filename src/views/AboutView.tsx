import type { Metadata } from "next";
import { Cite } from "@/components/Cite";
import { PageShell } from "@/components/PageShell";
import { Section } from "@/components/Section";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { correctionHref } from "@/site.config";

export const aboutMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).about;
  return pageMetadata({ locale, route: { page: "about" }, title: t.title, description: t.lede });
};

export function AboutView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const a = t.about;
  const data = getSiteData();
  return (
    <PageShell locale={locale} route={{ page: "about" }} section="about">
      <h1>{a.title}</h1>
      <p className="lede">{a.lede}</p>
      <p className="notice mt-4 max-w-3xl">{t.site.notLive}</p>
      <div className="max-w-3xl">
        <Section id="what" title={a.whatHeading}>
          {a.what.map((p) => (
            <p key={p} className="mb-3">
              {p}
            </p>
          ))}
        </Section>
        <Section id="method" title={a.methodHeading}>
          {a.method.map((p) => (
            <p key={p} className="mb-3">
              {p}
            </p>
          ))}
          <p className="mb-3">
            <a href={href({ page: "sources" }, locale)}>{t.nav.sources}</a> · <a href={href({ page: "report" }, locale)}>{t.report.title}</a>
          </p>
        </Section>
        <Section id="disagreements" title={a.disagreementsHeading}>
          <p>{a.disagreements}</p>
        </Section>
        <Section id="not-included" title={a.notIncludedHeading}>
          <p className="mb-3">{a.notIncludedLede}</p>
          <ul className="space-y-2">
            {data.registries.notIncluded.map((n) => (
              <li key={n.name}>
                <span className="font-medium" lang="en">
                  {n.name}
                  {n.acronym && ` (${n.acronym})`}
                </span>{" "}
                — <span lang={locale === "en" ? undefined : "en"}>{n.reason}</span> <Cite id={n.source} locale={locale} />
              </li>
            ))}
          </ul>
        </Section>
        <Section id="maps" title={a.mapsHeading}>
          <p>{a.maps}</p>
        </Section>
        <Section id="languages" title={a.languagesHeading}>
          <p>{a.languages}</p>
        </Section>
        <Section id="corrections" title={a.correctionsHeading}>
          <p>
            {a.corrections}{" "}
            <a href={correctionHref(t.site.name)} rel="external">
              {t.footer.correction}
            </a>
          </p>
        </Section>
      </div>
    </PageShell>
  );
}
