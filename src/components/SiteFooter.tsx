import Link from "next/link";
import { siteConfig } from "@/site.config";

export function SiteFooter() {
  return (
    <footer className="no-print mt-12 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto flex max-w-6xl flex-col gap-3 px-4 py-6 sm:flex-row sm:justify-between sm:px-6">
        <p>
          {siteConfig.name}: compiled from five IOM and IOM-commissioned documents (2003–2017). Descriptions are our own
          words; facts cite their sources.
        </p>
        <nav aria-label="Footer">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href="/sources/">Sources</Link>
            </li>
            <li>
              <Link href="/data/">Open data</Link>
            </li>
            <li>
              <Link href="/about/">About and corrections</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
