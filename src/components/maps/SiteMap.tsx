import type { LegendEntry, MapModel } from "@/lib/maps/mapModel";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/format";
import { fileHref } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";
import { WorldMap } from "./WorldMap";

/**
 * A world map with the site's words: country names in the page's language, roles and legend from
 * the dictionary. Pages build the model (which countries, which role or value) and pass it here.
 */
export function SiteMap({
  id,
  model,
  title,
  description,
  locale,
  legend,
  linksFocusable,
}: {
  id: string;
  model: MapModel;
  title: string;
  description?: string;
  locale: Locale;
  /** Text for the legend entries the roles do not name (bins, highlight, the grey land). */
  legend?: (entry: LegendEntry) => string | undefined;
  linksFocusable?: boolean;
}) {
  const t = dictionary(locale);
  const { countryByCode } = getSiteData();
  return (
    <WorldMap
      id={id}
      model={model}
      title={title}
      description={description}
      geometryHref={fileHref("/maps/world.svg")}
      labelFor={(iso3, item) => {
        const name = countryName(countryByCode.get(iso3), iso3, locale);
        if (item.role) return `${name} — ${t.roles[item.role]}`;
        if (item.value !== undefined) return `${name} — ${item.value}`;
        return name;
      }}
      legendLabel={(entry) =>
        entry.kind === "role"
          ? `${t.roles[entry.role]} (${entry.count})`
          : entry.kind === "bin" && !legend?.(entry)
            ? entry.min === entry.max
              ? String(entry.min)
              : `${entry.min}–${entry.max}`
            : legend?.(entry)
      }
      linksFocusable={linksFocusable}
    />
  );
}
