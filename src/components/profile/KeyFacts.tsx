import type { ReactNode } from "react";
import { readable } from "@/components/readable";
import { contested } from "@/lib/claims";
import type { Process } from "@/lib/content/types";
import { memberCounts } from "@/lib/describe";
import { countryName, displayName, organizationLabel, regionName, statusText, themeName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { colon } from "@/lib/i18n/punctuation";
import type { Locale } from "@/lib/i18n/locales";
import { plural } from "@/lib/i18n/plural";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { Cite } from "../Cite";

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-slate-100 py-2 sm:grid-cols-[12rem_1fr]">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** A headline value with the sources that say otherwise, inline: "1991 · 1 of 5 sources says 1993". */
function Contested({ process, field, locale }: { process: Process; field: "foundedYear" | "endedYear" | "kind" | "status"; locale: Locale }) {
  const found = contested(process, field);
  if (!found) return null;
  const t = dictionary(locale).profile;
  const values = [...new Set(found.differing.map((c) => String(c.value)))].join(", ");
  return (
    <span className="muted">
      {" · "}
      <span aria-hidden="true">⚑ </span>
      <a href="#data-heading">{t.contested(found.differing.length, found.total, values)}</a>
    </span>
  );
}

/** The facts a visitor comes for, each with the date and source it rests on. */
export function KeyFacts({ process, locale }: { process: Process; locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const { named, unnamed } = memberCounts(process);
  const org = (id: string) => (
    <a key={id} href={href({ page: "organization", id }, locale)}>
      {organizationLabel(data.organizationById.get(id), id)}
    </a>
  );
  const joinNodes = (nodes: ReactNode[]) => nodes.flatMap((n, i) => (i ? [", ", n] : [n]));
  const related = (slug: string | undefined) => {
    const other = slug ? data.bySlug.get(slug) : undefined;
    return other ? <a href={href({ page: "process", slug: other.slug }, locale)}>{displayName(other, locale).text}</a> : null;
  };
  const { secretariat } = process;
  // Editors' notes are written in English: marked as such on French and Spanish pages.
  const en = locale === "en" ? undefined : "en";
  return (
    <dl>
      <Fact term={t.common.kind}>
        {t.kinds[process.kind]}
        <Contested process={process} field="kind" locale={locale} />
      </Fact>
      <Fact term={t.common.regions}>
        {joinNodes(process.regions.map((id) => <a key={id} href={href({ page: "region", id }, locale)}>{regionName(data.regionById.get(id), id, locale)}</a>))}
      </Fact>
      <Fact term={t.common.foundedLabel}>
        {process.foundedYear ?? <span className="muted" lang={en}>{readable(process.foundedNote ?? "")}</span>}
        <Contested process={process} field="foundedYear" locale={locale} />
      </Fact>
      <Fact term={t.common.status}>
        {statusText(process, locale)} — <Cite id={process.statusSource} asOf={process.statusAsOf} locale={locale} />
        {process.statusNote && <span className="block muted" lang={en}>{readable(process.statusNote)}</span>}
        <Contested process={process} field="status" locale={locale} />
      </Fact>
      {process.endedYear !== undefined && (
        <Fact term={t.common.ended}>
          {process.endedYear}
          <Contested process={process} field="endedYear" locale={locale} />
        </Fact>
      )}
      <Fact term={t.common.members}>
        {process.openMembership ? (
          <>
            <span lang={en}>{process.openMembership.description}</span> <Cite id={process.openMembership.source} locale={locale} />
          </>
        ) : (
          <>
            {plural(locale, named, t.roleCount.member)}
            {unnamed > 0 && ` + ${t.profile.unnamedGroup(t.rolesPlural.member.toLowerCase(), unnamed)}`} —{" "}
            <Cite id={process.current.source} asOf={process.current.asOf} locale={locale} />
          </>
        )}
      </Fact>
      <Fact term={t.common.secretariat}>
        {t.secretariatTypes[secretariat.type]}
        {secretariat.organizations.length > 0 && <>{colon(locale)}{joinNodes(secretariat.organizations.map(org))}</>}
        {secretariat.supportOrganizations.length > 0 && (
          <>
            {" "}
            ({t.organizationRoles.support.toLowerCase()}: {joinNodes(secretariat.supportOrganizations.map(org))})
          </>
        )}
        {secretariat.source && (
          <>
            {" — "}
            <Cite id={secretariat.source} locale={locale} />
          </>
        )}
        {secretariat.text && <span className="block muted" lang={en}>{readable(secretariat.text)}</span>}
      </Fact>
      {process.chair.length > 0 && (
        <Fact term={t.common.chair}>
          <ul>
            {process.chair.map((c, i) => (
              <li key={i}>
                {t.chairRoles[c.role]}:{" "}
                {c.country ? <a href={href({ page: "country", code: c.country }, locale)}>{countryName(data.countryByCode.get(c.country), c.country, locale)}</a> : org(c.organization!)} —{" "}
                <Cite id={c.source} asOf={c.asOf} locale={locale} />
                {c.note && <span className="block muted" lang={en}>{readable(c.note)}</span>}
              </li>
            ))}
          </ul>
        </Fact>
      )}
      {process.formerNames.length > 0 && (
        <Fact term={t.profile.formerNames}>
          {process.formerNames.map((f, i) => (
            <span key={i} className="block" lang={en}>
              {f.name}
              {f.until && ` (→ ${f.until})`} <Cite id={f.source} locale={locale} />
            </span>
          ))}
        </Fact>
      )}
      {process.predecessor && <Fact term={t.profile.predecessor}>{related(process.predecessor)}</Fact>}
      {process.successor && <Fact term={t.profile.successor}>{related(process.successor)}</Fact>}
      <Fact term={t.common.themes}>
        {joinNodes(process.themes.map((id) => <a key={id} href={href({ page: "theme", id }, locale)}>{themeName(data.themeById.get(id), id, locale)}</a>))}
      </Fact>
      {process.websites.length > 0 && (
        <Fact term={t.profile.websites}>
          {process.websites.map((url) => (
            <a key={url} href={url} rel="external" className="block break-all">
              {url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "")}
            </a>
          ))}
        </Fact>
      )}
    </dl>
  );
}
