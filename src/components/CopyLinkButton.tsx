"use client";

import { useState } from "react";
import { useHydrated } from "@/lib/useHydrated";

/** Copies the page's address. Rendered only once JavaScript runs; without it the address bar does the job. */
export function CopyLinkButton({ label = "Copy link" }: { label?: string }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  if (!hydrated) return null;
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        className="rounded border border-slate-400 px-3 py-1 text-sm hover:bg-slate-100"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(window.location.href);
            setStatus("Link copied.");
          } catch {
            setStatus("Copy the address from the address bar.");
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {status}
      </span>
    </span>
  );
}
