// Route conventions only: the page itself is CompareView (src/views/CompareView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { CompareView, compareMetadata } from "@/views/CompareView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return compareMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <CompareView locale={locale as Locale} />;
}
