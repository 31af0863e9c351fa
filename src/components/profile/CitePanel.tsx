"use client";

import { useState } from "react";
import { useHydrated } from "@/lib/useHydrated";

const PLACEHOLDER = "{{accessed}}";

/**
 * "Cite this page": the citations come from the build; this island only fills in today's date as the
 * access date and offers copy buttons. Without JavaScript the text reads "[date of access]".
 */
export function CitePanel({ text, bibtex }: { text: string; bibtex: string }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState("");
  const now = new Date();
  const accessed = hydrated
    ? { long: now.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }), iso: now.toISOString().slice(0, 10) }
    : null;
  const plain = text.replace(PLACEHOLDER, accessed?.long ?? "[date of access]");
  const bib = bibtex.replace(PLACEHOLDER, accessed?.iso ?? "[date of access]");
  const copy = async (value: string, label: string) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(`${label} copied.`);
    } catch {
      setCopied("Select the text to copy it.");
    }
  };
  return (
    <div className="space-y-4 text-sm">
      <div>
        <h3 className="mb-1 font-semibold">Plain text</h3>
        <p className="rounded border border-slate-200 bg-slate-50 p-3" data-testid="citation-text">
          {plain}
        </p>
        {accessed && <CopyButton label="Copy citation" onClick={() => copy(plain, "Citation")} />}
      </div>
      <div>
        <h3 className="mb-1 font-semibold">BibTeX</h3>
        <pre className="whitespace-pre-wrap break-all rounded border border-slate-200 bg-slate-50 p-3 text-xs" data-testid="citation-bibtex">
          {bib}
        </pre>
        {accessed && <CopyButton label="Copy BibTeX" onClick={() => copy(bib, "BibTeX")} />}
      </div>
      <p role="status" className="min-h-5 text-slate-700">
        {copied}
      </p>
    </div>
  );
}

function CopyButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="no-print mt-1 rounded border border-slate-400 px-3 py-1 hover:bg-slate-100">
      {label}
    </button>
  );
}
