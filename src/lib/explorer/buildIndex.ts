/** Build time: the explorer's compact index from the site data (see ./rows.ts for the format). */
import { isChairing } from "../indexes";
import { organizationLabel } from "../format";
import { namedCount, unnamedCount } from "../membership";
import type { Role } from "../content/vocabulary";
import type { SiteData } from "../siteData";
import { encodeRoles, INDEX_COLUMNS, type ExplorerIndexJson } from "./rows";

export function buildExplorerIndex(data: SiteData): ExplorerIndexJson {
  const rows = data.processes.map((p) => {
    const count = (role: Role) => namedCount(p.current, role);
    const values: Record<(typeof INDEX_COLUMNS)[number], unknown> = {
      slug: p.slug,
      names: p.name,
      acronym: p.acronym ?? null,
      formerNames: p.formerNames.map((f) => f.name),
      kind: p.kind,
      status: p.status,
      statusAsOf: p.statusAsOf,
      statusSource: p.statusSource,
      lastReported: p.lastReported,
      founded: p.foundedYear,
      ended: p.endedYear ?? null,
      regions: p.regions,
      themes: p.themes,
      roles: encodeRoles(p.current.memberships.map((m) => [m.country, m.role])),
      counts: [count("member"), count("observer"), count("partner"), count("guest"), unnamedCount(p.current, "member")],
      secretariat: [p.secretariat.type, p.secretariat.organizations],
      chairs: [...new Set(p.chair.filter((c) => c.country && isChairing(c)).map((c) => c.country!))],
    };
    return INDEX_COLUMNS.map((c) => values[c]);
  });
  const orgIds = [...new Set(data.processes.flatMap((p) => p.secretariat.organizations))].sort();
  return {
    version: data.version,
    columns: INDEX_COLUMNS,
    rows,
    countries: data.registries.countries.countries.map((c) => [c.code, c.names.en, c.names.fr, c.names.es, ...c.variants]),
    organizations: orgIds.map((id) => [id, organizationLabel(data.organizationById.get(id), id)]),
  };
}
