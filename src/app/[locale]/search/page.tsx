// Route conventions only: the page itself is SearchView (src/views/SearchView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { SearchView, searchMetadata } from "@/views/SearchView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return searchMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <SearchView locale={locale as Locale} />;
}
