// Route conventions only: the page itself is ThemesView (src/views/ThemesView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { ThemesView, themesMetadata } from "@/views/LookupViews";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return themesMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <ThemesView locale={locale as Locale} />;
}
