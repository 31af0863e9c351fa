/**
 * Writes /tmp/map-preview/index.html (and world.svg next to it, so <use href> resolves) with sample
 * maps built from the real content: a large forum's participants, forums per country, a country page
 * and every small state as a dot. Serve the folder over HTTP (Chrome will not follow <use href>
 * from file://), e.g. `python3 -m http.server 8765 -d /tmp/map-preview`.
 *
 *   npx tsx scripts/map-preview.ts [outDir]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { WorldMap, type WorldMapProps } from "../src/components/maps/WorldMap";
import matter from "gray-matter";
import { parse } from "yaml";
import { buildCountryRegistry } from "../src/lib/content/countryRegistry";
import { CountriesFileSchema } from "../src/lib/content/schema";
import { worldGeometry, worldGeometrySvg } from "../src/lib/maps/geometry";
import { choroplethMap, roleMap, type LegendEntry } from "../src/lib/maps/mapModel";

const outDir = process.argv[2] ?? "/tmp/map-preview";
mkdirSync(outDir, { recursive: true });

// Read the records loosely (front matter only) so a preview works while content is mid-edit.
const countries = buildCountryRegistry(CountriesFileSchema.parse(parse(readFileSync("content/registries/countries.yaml", "utf8"))), []).registry;
const registries = { countries };
const ROLE_FIELDS = { members: "member", observerStates: "observer", partnerStates: "partner", guestStates: "guest" } as const;
const processes = readdirSync("content/processes")
  .filter((file) => file.endsWith(".md"))
  .flatMap((file) => {
    let data: { name?: { en?: string } } & Record<string, unknown>;
    try {
      data = matter(readFileSync(path.join("content/processes", file), "utf8")).data;
    } catch {
      return []; // a record mid-edit
    }
    const memberships = Object.entries(ROLE_FIELDS).flatMap(([field, role]) =>
      ((data[field] ?? []) as string[]).flatMap((ref) => {
        const resolved = countries.resolve(ref);
        return resolved.ok ? [{ country: resolved.code, role }] : [];
      }),
    );
    return [{ slug: file.replace(/\.md$/, ""), name: { en: String(data.name?.en ?? file) }, current: { memberships } }];
  });
const name = (iso3: string) => registries.countries.byCode.get(iso3)?.names.en ?? iso3;
const roleLegend = (entry: LegendEntry) =>
  entry.kind === "role"
    ? `${entry.role}s (${entry.count})`
    : entry.kind === "none"
      ? "not taking part"
      : entry.kind === "dot"
        ? "small countries are dots"
        : entry.kind === "highlight"
          ? "this country"
          : undefined;
const binLegend = (entry: LegendEntry) =>
  entry.kind === "bin"
    ? entry.min === entry.max
      ? `${entry.min}`
      : `${entry.min}–${entry.max}`
    : entry.kind === "none"
      ? "none"
      : entry.kind === "dot"
        ? "small countries are dots"
        : entry.kind === "highlight"
          ? "this country"
          : undefined;

const geometryHref = "world.svg";
const sections: string[] = [];
function section(heading: string, props: WorldMapProps) {
  const html = renderToStaticMarkup(createElement(WorldMap, props));
  const size = `${html.length} B raw, ${gzipSync(html).length} B gzip, ${props.model.items.length} items, missing: ${props.model.missing.join(" ") || "none"}`;
  console.log(`${heading}: ${size}`);
  sections.push(`<section><h2>${heading}</h2><p class="size">${size}</p>${html}</section>`);
}

// The forum with most participants.
const biggest = [...processes].sort((a, b) => b.current.memberships.length - a.current.memberships.length);
for (const forum of [biggest[0], biggest.find((p) => p.current.memberships.some((m) => m.role !== "member")) ?? biggest[1]]) {
  const entries = forum.current.memberships.map((m) => ({ iso3: m.country, role: m.role }));
  section(`${forum.name.en} (${entries.length})`, {
    model: roleMap(entries),
    id: `p-${forum.slug}`,
    title: `Participants of ${forum.name.en}`,
    description: `${entries.length} countries`,
    geometryHref,
    labelFor: (iso3, item) => `${name(iso3)} — ${item.role ?? ""}`,
    legendLabel: roleLegend,
  });
}

// Forums per country, every country linked.
const counts = new Map<string, number>();
for (const forum of processes) for (const code of new Set(forum.current.memberships.map((m) => m.country))) counts.set(code, (counts.get(code) ?? 0) + 1);
section("Forums per country", {
  model: choroplethMap(counts, { hrefFor: (iso3) => (registries.countries.byCode.has(iso3) ? `#${iso3.toLowerCase()}` : undefined) }),
  id: "countries",
  title: "Number of forums per country",
  geometryHref,
  labelFor: (iso3, item) => `${name(iso3)} — ${item.value ?? 0} forums`,
  legendLabel: binLegend,
  legendTitle: "Forums",
  linksFocusable: false,
});

// A country page: the country marked, the forums' combined membership shaded.
const home = "GHA";
const shared = new Map<string, number>();
for (const forum of processes.filter((p) => p.current.memberships.some((m) => m.country === home)))
  for (const code of new Set(forum.current.memberships.map((m) => m.country))) if (code !== home) shared.set(code, (shared.get(code) ?? 0) + 1);
section(`Country page: ${name(home)}`, {
  model: choroplethMap(shared, { highlight: [home] }),
  id: "country",
  title: `Countries in forums with ${name(home)}`,
  geometryHref,
  labelFor: (iso3, item) => (item.highlight ? name(iso3) : `${name(iso3)} — ${item.value} shared forums`),
  legendLabel: binLegend,
  legendTitle: "Shared forums",
});

// Every dot, in all four roles, to check the small states.
const g = worldGeometry();
const dotCodes = [...g.dots.keys()];
section(`All ${dotCodes.length} dots`, {
  model: roleMap(dotCodes.map((iso3, i) => ({ iso3, role: (["member", "observer", "partner", "guest"] as const)[i % 4] }))),
  id: "dots",
  title: "Small states",
  geometryHref,
  labelFor: (iso3, item) => `${name(iso3)} — ${item.role}`,
  legendLabel: roleLegend,
});

writeFileSync(path.join(outDir, "world.svg"), worldGeometrySvg());
writeFileSync(
  path.join(outDir, "index.html"),
  `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Map preview</title>
<style>
body{font:15px system-ui,sans-serif;margin:16px;color:#0f172a;max-width:1100px}
h2{font-size:17px;margin:24px 0 2px}.size{color:#64748b;font-size:12px;margin:0 0 6px}
.block{display:block}.h-auto{height:auto}.w-full{width:100%}.mt-2{margin-top:.5rem}.text-sm{font-size:.875rem}
.flex{display:flex}.flex-wrap{flex-wrap:wrap}.gap-x-4{column-gap:1rem}.gap-y-1{row-gap:.25rem}.gap-1\\.5{gap:.375rem}.items-center{align-items:center}
.shrink-0{flex-shrink:0}.font-medium{font-weight:500}ul{list-style:none;padding:0;margin:0}p{margin:0}
</style>
<body>${sections.join("\n")}</body></html>`,
);
console.log(`world.svg: ${worldGeometrySvg().length} B raw, ${gzipSync(worldGeometrySvg()).length} B gzip; wrote ${outDir}/index.html`);
