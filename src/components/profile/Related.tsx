import type { Process } from "@/lib/content/types";
import { displayName, regionName } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { mostShared } from "@/lib/overlap";
import { href } from "@/lib/routes";
import { getSiteData } from "@/lib/siteData";

const PEERS = 8;

/** Other processes in the same regions, and the three that share most members with this one. */
export function Related({ process, locale }: { process: Process; locale: Locale }) {
  const t = dictionary(locale).profile;
  const data = getSiteData();
  const shared = mostShared(process, data.processes);
  const link = (p: Process) => {
    const name = displayName(p, locale);
    return (
      <a href={href({ page: "process", slug: p.slug }, locale)} lang={name.lang}>
        {name.text}
      </a>
    );
  };
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {shared.length > 0 && (
        <div>
          <h3 className="mb-2">{t.sharesMost}</h3>
          <ul className="space-y-1">
            {shared.map((s) => (
              <li key={s.process.slug}>
                {link(s.process)} <span className="muted">· {t.sharedMembers(s.shared)}</span> ·{" "}
                <a href={href({ page: "compare", query: `p=${process.slug},${s.process.slug}` }, locale)} className="text-sm">
                  {t.compareLink(s.process.acronym ?? displayName(s.process, locale).text)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {process.regions.map((id) => {
        const peers = (data.byRegion.get(id) ?? []).filter((p) => p.slug !== process.slug);
        if (!peers.length || id === "global") return null;
        return (
          <div key={id}>
            <h3 className="mb-2">{t.regionPeers(regionName(data.regionById.get(id), id, locale))}</h3>
            <ul className="space-y-1">
              {peers.slice(0, PEERS).map((p) => (
                <li key={p.slug}>{link(p)}</li>
              ))}
            </ul>
            {peers.length > PEERS && (
              <p className="mt-1 text-sm">
                <a href={href({ page: "region", id }, locale)}>{dictionary(locale).common.showAll(peers.length)}</a>
              </p>
            )}
          </div>
        );
      })}
    </div>
  );
}
