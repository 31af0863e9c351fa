// Route conventions only: the page itself is ThemeView (src/views/ThemeView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { ThemeView, themeMetadata, themeParams } from "@/views/LookupViews";

export const dynamicParams = false;
export const generateStaticParams = themeParams;

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { id, locale } = await params;
  return themeMetadata(locale as Locale, id);
}

export default async function Page({ params }: Props) {
  const { id, locale } = await params;
  return <ThemeView locale={locale as Locale} id={id} />;
}
