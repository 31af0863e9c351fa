// Route conventions only: the page itself is CountryView (src/views/CountryView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { CountryView, countryMetadata, countryParams } from "@/views/CountryView";

export const dynamicParams = false;
export const generateStaticParams = countryParams;

type Props = { params: Promise<{ iso3: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { iso3, locale } = await params;
  return countryMetadata(locale as Locale, iso3);
}

export default async function Page({ params }: Props) {
  const { iso3, locale } = await params;
  return <CountryView locale={locale as Locale} iso3={iso3} />;
}
