import type { Process } from "@/lib/content/types";
import { differingClaims } from "@/lib/history";
import { CLAIM_FIELD_LABELS } from "@/lib/labels";
import { SourceRef } from "../SourceRef";

/** Every field on which sources disagree, with each source's claim: shown, never averaged. */
export function SourcesDiffer({ process }: { process: Process }) {
  const fields = differingClaims(process);
  if (!fields.length) return null;
  return (
    <div role="note" className="rounded border border-amber-300 bg-amber-50 p-4 text-sm">
      <p className="mb-2 font-semibold">Sources differ</p>
      <dl className="space-y-2">
        {fields.map(({ field, claims }) => (
          <div key={field}>
            <dt className="font-medium">{CLAIM_FIELD_LABELS[field] ?? field}</dt>
            <dd>
              <ul className="ml-4 list-disc">
                {claims.map((c, i) => (
                  <li key={i}>
                    {String(c.value)} — <SourceRef id={c.source} asOf={c.asOf} />
                    {c.note && <span className="text-slate-700"> ({c.note})</span>}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
