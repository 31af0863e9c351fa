import Link from "next/link";
import { withBasePath } from "@/site.config";

export const metadata = { title: "Page not found" };

/** Exported as 404.html: a way back for a mistyped or outdated link. */
export default function NotFound() {
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-3 text-slate-800">
        There is no page at this address. The mechanism, country or list you are looking for may be found from here:
      </p>
      <form action={withBasePath("/processes/")} method="get" role="search" className="mt-5 flex gap-2">
        <label htmlFor="notfound-search" className="sr-only">
          Search processes by name or acronym
        </label>
        <input id="notfound-search" name="q" type="search" placeholder="Search processes" className="w-full rounded border border-slate-400 px-3 py-2" />
        <button type="submit" className="shrink-0 rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800">
          Search
        </button>
      </form>
      <ul className="mt-6 list-disc space-y-1 pl-5">
        <li>
          <Link href="/processes/">All processes</Link>
        </li>
        <li>
          <Link href="/countries/">Countries</Link>
        </li>
        <li>
          <Link href="/regions/">Regions</Link>
        </li>
        <li>
          <Link href="/themes/">Themes</Link>
        </li>
        <li>
          <Link href="/">Home</Link>
        </li>
      </ul>
    </div>
  );
}
