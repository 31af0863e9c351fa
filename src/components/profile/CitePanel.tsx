"use client";

import { useSyncExternalStore } from "react";
import { ACCESS_DATE, PAGE_URL } from "@/lib/citation";
import type { ClientMessages } from "@/lib/i18n";
import { useCopy } from "../useCopy";

/**
 * The citation in two forms, each with a copy button. The page's own address and today's date are
 * filled in by the browser (so a build without SITE_URL still cites a working address); before
 * that, the canonical address and a placeholder date stand in, in the same space.
 */
export function CitePanel({ text, bibtex, canonical, messages, copy }: { text: string; bibtex: string; canonical: string; messages: ClientMessages["cite"]; copy: ClientMessages["copy"] }) {
  const url = useSyncExternalStore(noSubscription, () => `${window.location.origin}${window.location.pathname}`, () => canonical);
  const date = useSyncExternalStore(noSubscription, () => new Date().toISOString().slice(0, 10), () => "YYYY-MM-DD");
  const filled = { url, date };
  const fillIn = (template: string) => template.replaceAll(PAGE_URL, filled.url).replaceAll(ACCESS_DATE, filled.date);
  return (
    <div className="space-y-4">
      <CitationBlock title={messages.text} value={fillIn(text)} copy={copy} />
      <CitationBlock title={messages.bibtex} value={fillIn(bibtex)} copy={copy} pre />
    </div>
  );
}

const noSubscription = () => () => {};

function CitationBlock({ title, value, copy, pre = false }: { title: string; value: string; copy: ClientMessages["copy"]; pre?: boolean }) {
  const { state, copy: doCopy } = useCopy();
  return (
    <div>
      <div className="mb-1 flex items-center justify-between gap-2">
        <h3>{title}</h3>
        <button type="button" className="btn no-print" onClick={() => doCopy(value)}>
          <span aria-live="polite">{state === "copied" ? copy.copied : state === "failed" ? copy.failed : copy.copy}</span>
        </button>
      </div>
      {pre ? (
        <pre tabIndex={0} aria-label={title} className="overflow-x-auto rounded bg-slate-50 p-3 text-xs whitespace-pre">{value}</pre>
      ) : (
        <p className="rounded bg-slate-50 p-3 text-sm">{value}</p>
      )}
    </div>
  );
}
