"use client";

import { useCopy, useHydrated } from "./useCopy";

/**
 * Copies a text, or the page's own address (the browser's, so a build without SITE_URL still gives
 * a working link). Its space is reserved before hydration: the button is there, disabled.
 */
export function CopyButton({ text, label, copied, failed }: { text?: string; label: string; copied: string; failed: string }) {
  const hydrated = useHydrated();
  const { state, copy } = useCopy();
  return (
    <button type="button" className="btn" disabled={!hydrated} onClick={() => copy(text ?? window.location.href)}>
      <span aria-live="polite">{state === "copied" ? copied : state === "failed" ? failed : label}</span>
    </button>
  );
}
