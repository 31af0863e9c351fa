import type { Metadata } from "next";
import { PageShell } from "@/components/PageShell";
import { Timeline } from "@/components/Timeline";
import { displayName, formatPartialDate } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { pageMetadata } from "@/lib/pageMetadata";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { timelineBars } from "@/lib/timeline";

export const timelineMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).timeline;
  return pageMetadata({ locale, route: { page: "timeline" }, title: t.title, description: t.lede });
};

/** Every mechanism on one axis, drawn at build time, with the same facts as a table. */
export function TimelineView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const bars = timelineBars(data.processes);
  return (
    <PageShell locale={locale} route={{ page: "timeline" }} section="timeline">
      <h1>{t.timeline.title}</h1>
      <p className="lede">{t.timeline.lede}</p>
      <p className="muted mt-2">{t.timeline.legend}</p>
      <div className="mt-6 overflow-x-auto">
        <div className="min-w-[40rem]">
          <Timeline processes={data.processes} locale={locale} id="timeline" />
        </div>
      </div>
      <table className="data-table stack-sm mt-8">
        <caption>{t.timeline.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.common.process}</th>
            <th scope="col">{t.common.kind}</th>
            <th scope="col" className="num">
              {t.timeline.start}
            </th>
            <th scope="col">{t.timeline.end}</th>
            <th scope="col">{t.timeline.successor}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => {
            const successor = b.process.successor ? data.bySlug.get(b.process.successor) : undefined;
            return (
              <tr key={b.process.slug}>
                <th scope="row" className="font-normal">
                  <a href={href({ page: "process", slug: b.process.slug }, locale)}>{displayName(b.process, locale).text}</a>
                </th>
                <td data-label={t.common.kind}>{t.kindsShort[b.process.kind]}</td>
                <td data-label={t.timeline.start} className="num">
                  {b.start}
                  {!b.founded && <span className="block text-xs text-slate-600">{t.timeline.firstRecorded}</span>}
                </td>
                <td data-label={t.timeline.end}>
                  {b.until === "ended" ? b.end : b.until === "reported" ? t.timeline.endReported(formatPartialDate(b.process.lastReported, locale)) : t.timeline.endFaded(b.process.lastReported.slice(0, 4))}
                </td>
                <td data-label={t.timeline.successor}>{successor && <a href={href({ page: "process", slug: successor.slug }, locale)}>{displayName(successor, locale).text}</a>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </PageShell>
  );
}
