/**
 * The explorer's compact index: one row per mechanism with only what filtering, sorting, the table
 * and the CSV need — codes, not labels; each field once. The build writes it as a static JSON file
 * (`/data/explorer-index.json`) that the browser fetches once; `decodeIndex` turns it back into rows.
 */
import { foldName } from "../names";
import type { Kind, Role, SecretariatType, Status } from "../content/vocabulary";

export interface ExplorerRow {
  slug: string;
  names: { en: string; fr?: string; es?: string };
  acronym?: string;
  kind: Kind;
  status: Status;
  statusAsOf: string;
  statusSource: string;
  lastReported: string;
  founded: number | null;
  ended: number | null;
  regions: string[];
  themes: string[];
  /** Country code → role in the current lists. */
  roles: Map<string, Role>;
  counts: Record<Role, number> & { unnamed: number };
  secretariat: { type: SecretariatType; organizations: string[] };
  /** Countries the newest source names as chair or co-chair. */
  chairs: string[];
  /** Folded names in every language, acronym and former names. */
  search: string;
}

/** The file's shape: a header of column names, then one array per row. */
export interface ExplorerIndexJson {
  version: string;
  columns: readonly string[];
  rows: unknown[][];
  countries: [code: string, en: string, fr: string, es: string, ...variants: string[]][];
  organizations: [id: string, label: string][];
}

export const INDEX_COLUMNS = [
  "slug",
  "names",
  "acronym",
  "formerNames",
  "kind",
  "status",
  "statusAsOf",
  "statusSource",
  "lastReported",
  "founded",
  "ended",
  "regions",
  "themes",
  "roles",
  "counts",
  "secretariat",
  "chairs",
] as const;

const ROLE_CODE: Record<Role, string> = { member: "m", observer: "o", partner: "p", guest: "g" };
const CODE_ROLE: Record<string, Role> = { m: "member", o: "observer", p: "partner", g: "guest" };

/** "GHAm SENo": three-letter code and a role letter, space-separated. */
export function encodeRoles(roles: Iterable<[string, Role]>): string {
  return [...roles].map(([code, role]) => `${code}${ROLE_CODE[role]}`).join(" ");
}

export function decodeRoles(encoded: string): Map<string, Role> {
  const roles = new Map<string, Role>();
  for (const item of encoded.split(" ")) if (item.length === 4) roles.set(item.slice(0, 3), CODE_ROLE[item[3]]);
  return roles;
}

export function searchText(names: readonly (string | undefined)[]): string {
  return names
    .filter((n): n is string => Boolean(n))
    .map(foldName)
    .join(" | ");
}

export function decodeIndex(json: ExplorerIndexJson): ExplorerRow[] {
  const at = Object.fromEntries(json.columns.map((c, i) => [c, i])) as Record<(typeof INDEX_COLUMNS)[number], number>;
  return json.rows.map((r) => {
    const names = r[at.names] as ExplorerRow["names"];
    const acronym = (r[at.acronym] as string | null) ?? undefined;
    const former = r[at.formerNames] as string[];
    const [member, observer, partner, guest, unnamed] = r[at.counts] as number[];
    const [type, organizations] = r[at.secretariat] as [SecretariatType, string[]];
    return {
      slug: r[at.slug] as string,
      names,
      acronym,
      kind: r[at.kind] as Kind,
      status: r[at.status] as Status,
      statusAsOf: r[at.statusAsOf] as string,
      statusSource: r[at.statusSource] as string,
      lastReported: r[at.lastReported] as string,
      founded: r[at.founded] as number | null,
      ended: r[at.ended] as number | null,
      regions: r[at.regions] as string[],
      themes: r[at.themes] as string[],
      roles: decodeRoles(r[at.roles] as string),
      counts: { member, observer, partner, guest, unnamed },
      secretariat: { type, organizations },
      chairs: r[at.chairs] as string[],
      search: searchText([names.en, names.fr, names.es, acronym, ...former]),
    };
  });
}
