import type { Kind, Status } from "@/lib/content/types";
import { KIND_SHORT_LABELS, KIND_LABELS, STATUS_LABELS } from "@/lib/labels";

const KIND_STYLES: Record<Kind, string> = {
  rcp: "bg-brand-100 text-brand-900",
  irf: "bg-amber-100 text-amber-900",
  global: "bg-indigo-100 text-indigo-900",
};

const STATUS_STYLES: Record<Status, string> = {
  active: "bg-emerald-100 text-emerald-900",
  inactive: "bg-slate-200 text-slate-800",
  succeeded: "bg-rose-100 text-rose-900",
};

export function KindBadge({ kind }: { kind: Kind }) {
  return (
    <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${KIND_STYLES[kind]}`} title={KIND_LABELS[kind]}>
      {KIND_SHORT_LABELS[kind]}
    </span>
  );
}

export function StatusBadge({ status }: { status: Status }) {
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${STATUS_STYLES[status]}`}>{STATUS_LABELS[status]}</span>;
}
