import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";
import { href } from "@/lib/routes";

export interface Crumb {
  href?: string;
  label: string;
}

/** Home, the section, then the page itself under the same name its heading shows. */
export function Breadcrumbs({ trail, locale }: { trail: Crumb[]; locale: Locale }) {
  const all = [{ href: href({ page: "home" }, locale), label: dictionary(locale).site.home }, ...trail];
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-4 text-sm text-slate-600">
      <ol className="flex flex-wrap gap-x-2">
        {all.map((crumb, i) => (
          <li key={`${i}-${crumb.label}`} className="flex gap-x-2">
            {i > 0 && <span aria-hidden="true">/</span>}
            {crumb.href ? <a href={crumb.href}>{crumb.label}</a> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
