import Link from "next/link";
import type { Process, Role } from "@/lib/content/types";
import { ROLES } from "@/lib/content/schema";
import type { SiteData } from "@/lib/siteData";
import { ROLE_PLURALS, formatPartialDate } from "@/lib/labels";
import { organizationLabel } from "@/lib/openData";
import { CountryList } from "../CountryList";
import { SourceRef } from "../SourceRef";

export function Participants({ process, data }: { process: Process; data: SiteData }) {
  const { current } = process;
  const byRole = (role: Role) => current.memberships.filter((m) => m.role === role);
  const groupName = (id: string) => data.groupById.get(id)?.name ?? id;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600">
        As listed in <SourceRef id={current.source} asOf={current.asOf} />.
      </p>
      {process.openMembership && byRole("member").length === 0 && (
        <p>{process.openMembership.description}. No list of participating states is recorded.</p>
      )}
      {ROLES.map((role) => {
        const list = byRole(role);
        if (!list.length) return null;
        return (
          <div key={role}>
            <h3 className="mb-2 font-semibold">
              {ROLE_PLURALS[role]} <span className="font-normal text-slate-600">({list.length})</span>
            </h3>
            <CountryList memberships={list} countryName={data.countryName} groupName={groupName} />
          </div>
        );
      })}
      {current.memberGroups.length > 0 && (
        <ul className="text-sm text-slate-700">
          {current.memberGroups.map((g) => (
            <li key={g.group}>
              Through a group: {groupName(g.group)} (members as of{" "}
              {formatPartialDate(data.groupById.get(g.group)?.asOf ?? current.asOf)}).{g.note ? ` ${g.note}` : ""}{" "}
              <SourceRef id={g.source} />
            </li>
          ))}
        </ul>
      )}
      {(["memberOrganizations", "observerOrganizations"] as const).map((field) =>
        current[field].length ? (
          <div key={field}>
            <h3 className="mb-2 font-semibold">
              {field === "memberOrganizations" ? "Member organisations" : "Observer organisations"}{" "}
              <span className="font-normal text-slate-600">({current[field].length})</span>
            </h3>
            <ul className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
              {current[field].map((id) => (
                <li key={id}>
                  <Link href={`/organizations/${id}/`}>{organizationLabel(data.registries, id)}</Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
      {process.statedCounts.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">Stated totals</h3>
          <ul className="space-y-1 text-sm">
            {process.statedCounts.map((c, i) => {
              const named = byRole(c.role).length;
              return (
                <li key={i}>
                  {c.count} {c.role === "member" ? "members" : `${c.role} states`} stated in <SourceRef id={c.source} asOf={c.asOf} />
                  {c.source === current.source && named !== c.count && `; ${named} listed here`}.
                  {c.note && <span className="text-slate-700"> {c.note}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
