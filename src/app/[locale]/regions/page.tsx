// Route conventions only: the page itself is RegionsView (src/views/RegionsView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { RegionsView, regionsMetadata } from "@/views/LookupViews";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return regionsMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <RegionsView locale={locale as Locale} />;
}
