"use client";

import { useEffect, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";

/**
 * Links to this page in the other languages. They work as plain links; once the browser runs, they
 * also carry the query string and fragment, so the explorer's filters survive the switch.
 */
export function LanguageSwitch({ label, links }: { label: string; links: { locale: Locale; name: string; href: string; current: boolean }[] }) {
  const [suffix, setSuffix] = useState("");
  useEffect(() => {
    const update = () => setSuffix(`${window.location.search}${window.location.hash}`);
    update();
    window.addEventListener("popstate", update);
    window.addEventListener("rcp:urlchange", update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener("rcp:urlchange", update);
    };
  }, []);
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-3">
        {links.map((l) => (
          <li key={l.locale}>
            {l.current ? (
              <span aria-current="true" className="font-semibold" lang={l.locale}>
                {l.name}
              </span>
            ) : (
              <a href={`${l.href}${suffix}`} hrefLang={l.locale} lang={l.locale} className="text-white">
                {l.name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
