// Route conventions only: the page itself is HomeView (src/views/HomeView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { HomeView, homeMetadata } from "@/views/HomeView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return homeMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <HomeView locale={locale as Locale} />;
}
