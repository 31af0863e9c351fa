import type { Meeting } from "@/lib/content/types";
import { formatPartialDate } from "@/lib/labels";
import { SourceRef } from "../SourceRef";

const TYPE_LABELS: Record<Meeting["type"], string> = {
  ministerial: "Ministerial",
  "senior-officials": "Senior officials",
  summit: "Summit",
  "working-group": "Working group",
  declaration: "Declaration",
  other: "Meeting",
};

export function Meetings({ meetings }: { meetings: Meeting[] }) {
  return (
    <ol className="space-y-2 text-sm">
      {meetings.map((m, i) => (
        <li key={i} className="grid grid-cols-1 gap-x-4 sm:grid-cols-[9rem_1fr]">
          <span className="font-medium tabular-nums">
            <time dateTime={m.date}>{formatPartialDate(m.date)}</time>
          </span>
          <span>
            <span className="mr-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700">{TYPE_LABELS[m.type]}</span>
            {m.title}
            {m.place && `, ${m.place}`} <SourceRef id={m.source} />
          </span>
        </li>
      ))}
    </ol>
  );
}
