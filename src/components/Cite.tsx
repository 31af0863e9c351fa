import { formatPartialDate, sourceLabel } from "@/lib/format";
import type { Locale } from "@/lib/i18n/locales";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";

/** A source cited to people: author–date ("IOM 2017"), the full title on hover and focus, a link to its entry. */
export function Cite({ id, asOf, locale }: { id: string; asOf?: string; locale: Locale }) {
  const source = getSiteData().sourceById.get(id);
  const label = sourceLabel(source, id);
  return (
    <a className="cite" href={`${href({ page: "sources" }, locale)}#${id}`} title={`${source?.title ?? id} (${source?.dateLabel})`}>
      {label}
      {asOf && asOf.length > 4 ? `, ${formatPartialDate(asOf, locale, "short")}` : ""}
      <span className="tip" aria-hidden="true">
        {source?.title ?? id} ({source?.dateLabel})
      </span>
    </a>
  );
}
