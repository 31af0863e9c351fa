import type { Metadata } from "next";
import { Compare, type Placement } from "@/components/compare/Compare";
import { worldGeometry } from "@/lib/maps/geometry";
import { PageShell } from "@/components/PageShell";
import { displayName, shortName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import { INTL_LOCALE, type Locale } from "@/lib/i18n/locales";
import { overlap, participantsOf } from "@/lib/overlap";
import { pageMetadata } from "@/lib/pageMetadata";
import { fileHref, href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";

/** The static overlap matrix stays readable: at most this many processes (those with most members). */
const MATRIX_LIMIT = 30;

export const compareMetadata = (locale: Locale): Metadata => {
  const t = dictionary(locale).compare;
  return pageMetadata({ locale, route: { page: "compare" }, title: t.title, description: t.lede });
};

/**
 * Compare: pickers that are a plain form (so the address is the state), the comparison the address
 * asks for (drawn in the browser from the explorer's index), and a static process × process overlap
 * matrix that works without JavaScript and links to each pair.
 */
export function CompareView({ locale }: { locale: Locale }) {
  const t = dictionary(locale);
  const c = t.compare;
  const data = getSiteData();
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const processes = [...data.processes].sort((a, b) => collator.compare(displayName(a, locale).text, displayName(b, locale).text));
  const countries = [...data.forumsByCountry.keys()]
    .map((code) => data.countryByCode.get(code)!)
    .sort((a, b) => collator.compare(a.names[locale], b.names[locale]));
  const size = new Map(data.processes.map((p) => [p, participantsOf(p).size]));
  const ranked = data.processes.filter((p) => size.get(p)! > 0).sort((a, b) => size.get(b)! - size.get(a)! || a.slug.localeCompare(b.slug));
  const matrix = ranked.slice(0, MATRIX_LIMIT).sort((a, b) => collator.compare(shortName(a, locale), shortName(b, locale)));
  // One list per form (not one per slot), so the page stays small however many records there are.
  const picker = (name: string, label: string, options: { value: string; label: string }[]) => (
    <label className="block text-sm">
      {label}
      <select name={name} multiple size={8} className="mt-1 w-full rounded border border-slate-400 px-2 py-1.5">
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
  // Every country some list names, placed once: shapes by id (no coordinates), small states as dots.
  const geometry = worldGeometry();
  const placements: Placement[] = [...data.forumsByCountry.keys()]
    .filter((code) => geometry.placeable(code))
    .map((code) => {
      const dot = geometry.dots.get(code);
      return dot ? [code, Math.round(dot.cx * 10) / 10, Math.round(dot.cy * 10) / 10] : [code];
    });
  return (
    <PageShell locale={locale} route={{ page: "compare" }} section="compare">
      <noscript>
        <p className="notice mb-4">{t.client.compare.noJs}</p>
      </noscript>
      <h1>{c.title}</h1>
      <p className="lede">{c.lede}</p>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <form action={href({ page: "compare" }, locale)} method="get" className="card space-y-2" data-compare="p">
          <h2 className="text-lg">{c.processes}</h2>
          {picker("p", c.pickHelp, processes.map((p) => ({ value: p.slug, label: displayName(p, locale).text })))}
          <button type="submit" className="btn">
            {c.submit}
          </button>
        </form>
        <form action={href({ page: "compare" }, locale)} method="get" className="card space-y-2" data-compare="c">
          <h2 className="text-lg">{c.countries}</h2>
          {picker("c", c.pickHelp, countries.map((x) => ({ value: x.code.toLowerCase(), label: x.names[locale] })))}
          <button type="submit" className="btn">
            {c.submit}
          </button>
        </form>
      </div>
      <section className="mt-8" aria-label={c.title}>
        <Compare
          locale={locale}
          version={data.version}
          messages={t.client.compare}
          roles={t.roles}
          placements={placements}
          viewBox={geometry.viewBox}
          geometryHref={fileHref("/maps/world.svg")}
        />
      </section>
      <section aria-labelledby="matrix-heading" className="mt-10">
        <h2 id="matrix-heading" className="mb-2">
          {c.matrix}
        </h2>
        <div className="overflow-auto rounded border border-slate-200" tabIndex={0} role="region" aria-labelledby="matrix-heading">
          <table className="data-table matrix text-xs">
            <caption className="px-2 pt-2">{c.matrixCaption(matrix.length, ranked.length)}</caption>
            <thead>
              <tr>
                <td />
                {matrix.map((p) => (
                  <th key={p.slug} scope="col" className="text-center">
                    {shortName(p, locale).slice(0, 10)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.map((a, i) => (
                <tr key={a.slug}>
                  <th scope="row" className="font-normal">
                    <a href={href({ page: "process", slug: a.slug }, locale)}>{shortName(a, locale)}</a>
                  </th>
                  {matrix.map((b, j) => {
                    if (j >= i) return <td key={b.slug} />;
                    const o = overlap([a, b]);
                    return (
                      <td key={b.slug} className="num">
                        {o.shared.length > 0 && (
                          <a href={href({ page: "compare", query: `p=${a.slug},${b.slug}` }, locale)} title={c.cellTitle(shortName(a, locale), shortName(b, locale), o.shared.length, Math.round(o.similarity * 100))}>
                            {o.shared.length}
                          </a>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </PageShell>
  );
}
