import type { Process } from "@/lib/content/types";
import { statusText, statusTone } from "@/lib/format";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

export function KindBadge({ kind, locale }: { kind: Process["kind"]; locale: Locale }) {
  const t = dictionary(locale);
  return (
    <span className={`badge badge-${kind}`} title={t.kinds[kind]}>
      {t.kindsShort[kind]}
    </span>
  );
}

/** A status always carries the date it rests on ("Active · June 2017"). */
export function StatusBadge({ process, locale, short = false }: { process: Pick<Process, "status" | "statusAsOf" | "endedYear">; locale: Locale; short?: boolean }) {
  return <span className={`badge badge-${statusTone(process.status)}`}>{statusText(process, locale, short ? "short" : "long")}</span>;
}
