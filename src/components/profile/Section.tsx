import type { ReactNode } from "react";

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-10 break-inside-avoid-page">
      <h2 id={`${id}-heading`} className="mb-3 border-b border-slate-200 pb-1 text-xl font-semibold">
        <a href={`#${id}-heading`} className="text-inherit no-underline">
          {title}
        </a>
      </h2>
      {children}
    </section>
  );
}
