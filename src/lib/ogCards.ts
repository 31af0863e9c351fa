/**
 * Link-preview cards: what each page's 1200×630 image says, in its language, as plain serialisable
 * specs. Pure: no files, no rendering. Pages call `ogImagePath` for their og:image; the build
 * (scripts/og-images.ts) calls `ogCards` and has src/lib/ogImage.ts draw each spec into that path.
 * Every word comes from the dictionaries and the display rules in ./format.
 */
import type { CountryForum } from "./indexes";
import type { Process } from "./content/types";
import { memberCounts } from "./describe";
import { countryName, processName, regionName, shortName, statusText, themeName } from "./format";
import { dictionary } from "./i18n";
import { LOCALES, type Locale } from "./i18n/locales";
import { fill, plural } from "./i18n/plural";
import type { SiteData } from "./siteData";

export type OgKind = "process" | "country" | "region" | "theme";

/** One preview image, everything it shows; drawn by src/lib/ogImage.ts. */
export interface OgCard {
  /** Where the image is published: `ogImagePath(kind, id, locale)`. */
  path: string;
  locale: Locale;
  /** Top left: the site's name. */
  eyebrow: string;
  /** The big text: the process, country, region or theme name. */
  title: string;
  /** Top right: what the page is (a process's kind; country, region, theme). */
  subtitle: string;
  /** Smaller lines under the title: regions, members, status; counts; forums. */
  lines: string[];
  /** Highlighted above the title: a process's acronym. */
  accent?: string;
}

/** How many forum acronyms a country's card lists. */
const COUNTRY_FORUMS_SHOWN = 4;
const SAFE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Root-relative path of a page's preview image, without the base path: `/og/fr/country/gha.png`. */
export function ogImagePath(kind: OgKind, id: string, locale: Locale): string {
  const file = kind === "country" ? id.toLowerCase() : id;
  if (!SAFE_ID.test(file)) throw new Error(`ogImagePath: "${id}" is not a ${kind} id`);
  return `/og/${locale}/${kind}/${file}.png`;
}

/** Every card the site publishes: each process, each country some forum names, each region and theme, in each language. */
export function ogCards(data: SiteData): OgCard[] {
  const cards: OgCard[] = [];
  for (const locale of LOCALES) {
    const t = dictionary(locale);
    for (const process of data.processes) cards.push(processCard(process, data, locale));
    for (const [code, forums] of data.forumsByCountry) cards.push(countryCard(code, forums, data, locale));
    for (const region of data.registries.regions) {
      cards.push({
        path: ogImagePath("region", region.id, locale),
        locale,
        eyebrow: t.site.name,
        title: regionName(region, region.id, locale),
        subtitle: t.common.region,
        lines: [t.og.region(data.byRegion.get(region.id)?.length ?? 0), t.og.sources],
      });
    }
    for (const theme of data.registries.themes) {
      cards.push({
        path: ogImagePath("theme", theme.id, locale),
        locale,
        eyebrow: t.site.name,
        title: themeName(theme, theme.id, locale),
        subtitle: t.og.themeLabel,
        lines: [t.og.theme(data.byTheme.get(theme.id)?.length ?? 0), t.og.sources],
      });
    }
  }
  return cards;
}

function processCard(process: Process, data: Pick<SiteData, "regionById">, locale: Locale): OgCard {
  const t = dictionary(locale);
  const regions = process.regions.map((id) => regionName(data.regionById.get(id), id, locale)).join(" · ");
  const card: OgCard = {
    path: ogImagePath("process", process.slug, locale),
    locale,
    eyebrow: t.site.name,
    title: processName(process, locale).text,
    subtitle: t.kinds[process.kind],
    lines: [regions, `${membersText(process, locale)} · ${t.common.founded(process.foundedYear)}`, statusText(process, locale)].filter(Boolean),
  };
  if (process.acronym) card.accent = process.acronym;
  return card;
}

/** "45 member states", "12 member states + 3 not named", "Open membership", "3 member organisations". */
function membersText(process: Process, locale: Locale): string {
  const t = dictionary(locale);
  if (process.openMembership) return t.profile.openMembership;
  const { named, unnamed } = memberCounts(process);
  if (named > 0) return unnamed ? `${plural(locale, named, t.roleCount.member)} ${fill(t.client.explorer.unnamed, { n: unnamed })}` : plural(locale, named, t.roleCount.member);
  if (unnamed > 0) return `${plural(locale, unnamed, t.roleCount.member)}, ${t.common.notNamed}`;
  const organizations = process.current.memberOrganizations.length;
  return organizations > 0 ? plural(locale, organizations, t.memberOrganizationCount) : plural(locale, 0, t.roleCount.member);
}

function countryCard(code: string, forums: readonly CountryForum[], data: Pick<SiteData, "countryByCode">, locale: Locale): OgCard {
  const t = dictionary(locale);
  // The forums it sits in now first, then those only older lists name; each in the directory's order.
  const ordered = [...forums.filter((f) => f.current), ...forums.filter((f) => !f.current)];
  const shown = ordered.slice(0, COUNTRY_FORUMS_SHOWN).map((f) => compactName(f.process, locale));
  const more = ordered.length - shown.length;
  return {
    path: ogImagePath("country", code, locale),
    locale,
    eyebrow: t.site.name,
    title: countryName(data.countryByCode.get(code), code, locale),
    subtitle: t.common.country,
    lines: [t.og.country(forums.length), `${shown.join(" · ")}${more > 0 ? ` +${more}` : ""}`, t.og.sources],
  };
}

/**
 * A forum in a short list: its acronym, else its name without the long form the sources add in
 * brackets ("Bali Process (Bali Process on People Smuggling, …)" → "Bali Process").
 */
function compactName(process: Process, locale: Locale): string {
  const name = shortName(process, locale);
  return process.acronym ? name : name.replace(/\s*\(.*\)\s*$/, "") || name;
}
