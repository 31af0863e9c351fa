import type { Meeting } from "@/lib/content/types";
import { formatPartialDate } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { Cite } from "../Cite";

const LATEST = 5;

function MeetingList({ meetings, locale }: { meetings: readonly Meeting[]; locale: Locale }) {
  const t = dictionary(locale);
  return (
    <ol className="space-y-2">
      {meetings.map((m, i) => (
        <li key={i} className="grid gap-x-4 sm:grid-cols-[9rem_1fr]">
          <time dateTime={m.date} className="text-sm font-medium text-slate-700">
            {formatPartialDate(m.date, locale, "short")}
          </time>
          <span>
            <span lang={locale === "en" ? undefined : "en"}>{m.title}</span>
            {m.place && <span className="text-slate-600"> · {m.place}</span>} <span className="muted">({t.meetingTypes[m.type].toLowerCase()})</span>{" "}
            {m.planned && <span className="muted">— {t.profile.planned}</span>} <Cite id={m.source} locale={locale} />
          </span>
        </li>
      ))}
    </ol>
  );
}

/** The latest five, newest first; the rest behind "All n". */
export function Meetings({ meetings, locale }: { meetings: readonly Meeting[]; locale: Locale }) {
  const t = dictionary(locale).profile;
  const newestFirst = [...meetings].reverse();
  return (
    <div className="space-y-3">
      <MeetingList meetings={newestFirst.slice(0, LATEST)} locale={locale} />
      {newestFirst.length > LATEST && (
        <details>
          <summary className="cursor-pointer font-medium">{t.allMeetings(newestFirst.length)}</summary>
          <div className="mt-3">
            <MeetingList meetings={newestFirst.slice(LATEST)} locale={locale} />
          </div>
        </details>
      )}
    </div>
  );
}
