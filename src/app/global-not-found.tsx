// Route conventions only: the site's 404 (the export's 404.html), in English with links in all three languages.
import { RootLayout } from "@/components/RootLayout";
import { dictionary } from "@/lib/i18n";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { href } from "@/lib/routes";
import "@/styles/globals.css";

export const metadata = { title: dictionary("en").notFound.title };

export default function GlobalNotFound() {
  const t = dictionary("en");
  return (
    <RootLayout locale="en">
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-12">
        <p className="text-sm">
          <a href={href({ page: "home" })}>{t.site.name}</a>
        </p>
        <h1 className="mt-4">{t.notFound.title}</h1>
        <p className="lede">{t.notFound.lede}</p>
        <form role="search" action={href({ page: "search" })} method="get" className="mt-6 flex max-w-md">
          <label htmlFor="nf-q" className="sr-only">
            {t.client.search.label}
          </label>
          <input id="nf-q" name="q" type="search" className="w-full rounded-l border border-slate-400 px-3 py-2" />
          <button type="submit" className="rounded-r bg-brand-700 px-3 text-white">
            {t.client.search.submit}
          </button>
        </form>
        <ul className="mt-6 space-y-1">
          {(["explorer", "countries", "regions", "themes", "data", "about"] as const).map((page) => (
            <li key={page}>
              <a href={href({ page })}>{t.nav[page === "explorer" ? "processes" : page]}</a>
            </li>
          ))}
        </ul>
        <p className="mt-6 flex gap-4 text-sm">
          {LOCALES.map((l) => (
            <a key={l} href={href({ page: "home" }, l)} lang={l} hrefLang={l}>
              {LOCALE_NAMES[l]}
            </a>
          ))}
        </p>
      </main>
    </RootLayout>
  );
}
