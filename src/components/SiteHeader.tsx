import Link from "next/link";
import { siteConfig } from "@/site.config";

const NAV = [
  { href: "/processes/", label: "Processes" },
  { href: "/countries/", label: "Countries" },
  { href: "/regions/", label: "Regions" },
  { href: "/themes/", label: "Themes" },
  { href: "/data/", label: "Data" },
  { href: "/about/", label: "About" },
];

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight text-white no-underline">
          {siteConfig.name}
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white no-underline hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
