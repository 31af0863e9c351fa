import Link from "next/link";
import type { Process } from "@/lib/content/types";
import { snapshotChanges, timeline } from "@/lib/history";
import { ROLE_LABELS, formatPartialDate } from "@/lib/labels";
import type { SiteData } from "@/lib/siteData";
import { SourceRef } from "../SourceRef";

/** Each dated list of participants, and who joined or left between consecutive lists. */
export function MembershipHistory({ process, data }: { process: Process; data: SiteData }) {
  if (!process.snapshots.length) return null;
  const changes = snapshotChanges(process);
  const names = (codes: string[]) =>
    codes.map((code, i) => (
      <span key={code}>
        {i > 0 && ", "}
        <Link href={`/countries/${code.toLowerCase()}/`}>{data.countryName(code)}</Link>
      </span>
    ));
  return (
    <div className="space-y-4 text-sm">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Number of participating states in each source</caption>
        <thead>
          <tr className="border-b border-slate-300">
            <th scope="col" className="py-1 pr-4">As of</th>
            <th scope="col" className="py-1 pr-4">Source</th>
            <th scope="col" className="py-1 pr-4">Members</th>
            <th scope="col" className="py-1">Observers, partners, guests</th>
          </tr>
        </thead>
        <tbody>
          {timeline(process).map((s) => (
            <tr key={`${s.source}-${s.asOf}`} className="border-b border-slate-100">
              <td className="py-1 pr-4">{formatPartialDate(s.asOf)}</td>
              <td className="py-1 pr-4">
                <SourceRef id={s.source} />
              </td>
              <td className="py-1 pr-4">{s.memberships.filter((m) => m.role === "member").length}</td>
              <td className="py-1">{s.memberships.filter((m) => m.role !== "member").length}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ol className="space-y-3">
        {changes.map((c) => {
          const joined = Object.entries(c.joined);
          const left = Object.entries(c.left);
          return (
            <li key={`${c.from.asOf}-${c.to.asOf}-${c.to.source}`}>
              <p className="font-medium">
                {formatPartialDate(c.from.asOf)} → {formatPartialDate(c.to.asOf)}
              </p>
              {!joined.length && !left.length && <p className="text-slate-700">No change in the listed states.</p>}
              {joined.map(([role, codes]) => (
                <p key={`j-${role}`}>
                  <span className="font-medium text-emerald-800">Joined as {ROLE_LABELS[role as keyof typeof ROLE_LABELS].toLowerCase()}:</span> {names(codes)}
                </p>
              ))}
              {left.map(([role, codes]) => (
                <p key={`l-${role}`}>
                  <span className="font-medium text-rose-800">No longer listed as {ROLE_LABELS[role as keyof typeof ROLE_LABELS].toLowerCase()}:</span> {names(codes)}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
      <p className="text-slate-600">
        Sources list participants differently (some name groups, some count organisations), so a change between two lists
        can reflect the way a source was written as well as a real change.
      </p>
    </div>
  );
}
