import type { CountryMembership, Process } from "@/lib/content/types";
import { readable } from "@/components/readable";
import { countryName, organizationLabel, formatPartialDate, shortName, sourceLabel } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { plural } from "@/lib/i18n/plural";
import { roleMap } from "@/lib/maps/mapModel";
import { statedTotals } from "@/lib/membership";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { ROLES, type Role } from "@/lib/content/vocabulary";
import { Cite } from "../Cite";
import { SiteMap } from "../maps/SiteMap";

function CountryList({ memberships, locale }: { memberships: CountryMembership[]; locale: Locale }) {
  const data = getSiteData();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const t = dictionary(locale);
  const named = memberships
    .map((m) => ({ ...m, name: countryName(data.countryByCode.get(m.country), m.country, locale) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return (
    <ul className="columns-list">
      {named.map((m) => (
        <li key={m.country}>
          <a href={href({ page: "country", code: m.country }, locale)}>{m.name}</a>
          {m.viaGroup && <span className="muted"> ({t.common.viaGroup(data.groupById.get(m.viaGroup)?.name ?? m.viaGroup)})</span>}
        </li>
      ))}
    </ul>
  );
}

function ByArea({ memberships, locale }: { memberships: CountryMembership[]; locale: Locale }) {
  const data = getSiteData();
  const t = dictionary(locale);
  const groups = new Map<string, CountryMembership[]>();
  for (const m of memberships) {
    const area = data.countryByCode.get(m.country)?.area ?? "Other";
    groups.set(area, [...(groups.get(area) ?? []), m]);
  }
  return (
    <div className="mt-2 space-y-3">
      {[...groups].sort(([a], [b]) => a.localeCompare(b)).map(([area, list]) => (
        <div key={area}>
          <h4 className="text-sm font-semibold">
            {t.areas[area] ?? area} ({list.length})
          </h4>
          <CountryList memberships={list} locale={locale} />
        </div>
      ))}
    </div>
  );
}

/** Who takes part now: a map by role, then the named lists, groups the source leaves unnamed, organisations and stated totals. */
export function Participants({ process, locale }: { process: Process; locale: Locale }) {
  const t = dictionary(locale);
  const data = getSiteData();
  const { current } = process;
  const byRole = (role: Role) => current.memberships.filter((m) => m.role === role);
  const model = roleMap(current.memberships.map((m) => ({ iso3: m.country, role: m.role })));
  const totals = statedTotals(process, current);
  const org = (id: string) => (
    <li key={id}>
      <a href={href({ page: "organization", id }, locale)}>{organizationLabel(data.organizationById.get(id), id)}</a>
    </li>
  );
  return (
    <div className="space-y-6">
      <p className="muted">
        {t.profile.listsFrom(sourceLabel(data.sourceById.get(current.source), current.source), formatPartialDate(current.asOf, locale))}
      </p>
      {current.memberships.length > 0 && (
        <figure>
          <SiteMap id="participants-map" model={model} title={t.profile.mapTitle(shortName(process, locale))} description={t.profile.mapNote} locale={locale} linksFocusable={false} />
          <figcaption className="muted mt-1">{t.profile.mapNote}</figcaption>
        </figure>
      )}
      {current.memberships.length === 0 && !process.openMembership && <p>{t.profile.noParticipantsListed}</p>}
      {ROLES.map((role) => {
        const list = byRole(role);
        const unnamed = current.unnamedGroups.filter((g) => g.role === role);
        if (!list.length && !unnamed.length) return null;
        return (
          <div key={role}>
            <h3 className="mb-2">
              {t.rolesPlural[role]} <span className="font-normal text-slate-600">({plural(locale, list.length, t.roleCount[role])})</span>
            </h3>
            {unnamed.length > 0 && (
              <ul className="mb-2 list-disc pl-5">
                {unnamed.map((g, i) => (
                  <li key={i}>
                    <span lang={locale === "en" ? undefined : "en"}>{t.profile.unnamedGroup(g.name, g.count)}</span> <Cite id={g.source} locale={locale} />
                    {g.note && <span className="block muted" lang={locale === "en" ? undefined : "en"}>{readable(g.note)}</span>}
                  </li>
                ))}
              </ul>
            )}
            {list.length > 0 && <CountryList memberships={list} locale={locale} />}
            {list.length > 12 && (
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer">{t.profile.byRegion}</summary>
                <ByArea memberships={list} locale={locale} />
              </details>
            )}
          </div>
        );
      })}
      {current.memberGroups.length > 0 && (
        <div>
          <h3 className="mb-2">{t.profile.groups}</h3>
          <ul className="list-disc pl-5 text-sm">
            {current.memberGroups.map((g) => {
              const group = data.groupById.get(g.group);
              return (
                <li key={g.group}>
                  {group?.name ?? g.group} ({t.roles[g.role].toLowerCase()}) — <Cite id={group?.membersFrom.source ?? g.source} locale={locale} />
                  {g.note && <span className="block muted" lang={locale === "en" ? undefined : "en"}>{readable(g.note)}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {current.memberOrganizations.length > 0 && (
        <div>
          <h3 className="mb-2">{t.profile.memberOrganizations}</h3>
          <ul className="columns-list text-sm">{current.memberOrganizations.map(org)}</ul>
        </div>
      )}
      {current.observerOrganizations.length > 0 && (
        <details open={current.observerOrganizations.length <= 8}>
          <summary className="cursor-pointer font-semibold">
            {t.profile.observerOrganizations} ({current.observerOrganizations.length})
          </summary>
          <ul className="columns-list mt-2 text-sm">{current.observerOrganizations.map(org)}</ul>
        </details>
      )}
      {totals.length > 0 && (
        <div>
          <h3 className="mb-2">{t.profile.statedTotals}</h3>
          <ul className="list-disc pl-5 text-sm">
            {totals.map((s, i) => (
              <li key={i}>
                {t.rolesPlural[s.role]}: {t.profile.statedVsNamed(s.stated, s.named)}
                {s.note && <span className="block muted" lang={locale === "en" ? undefined : "en"}>{readable(s.note)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
