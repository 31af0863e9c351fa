import type { ReactNode } from "react";

export function Section({ id, title, children, className = "" }: { id: string; title: string; children: ReactNode; className?: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`mt-10 ${className}`}>
      <h2 id={`${id}-heading`} className="mb-3 border-b border-slate-200 pb-1">
        {title}
      </h2>
      {children}
    </section>
  );
}
