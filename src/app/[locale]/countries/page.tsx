// Route conventions only: the page itself is CountriesView (src/views/CountriesView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { CountriesView, countriesMetadata } from "@/views/CountriesView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return countriesMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <CountriesView locale={locale as Locale} />;
}
