// Route conventions only: the page itself is AboutView (src/views/AboutView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { AboutView, aboutMetadata } from "@/views/AboutView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return aboutMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <AboutView locale={locale as Locale} />;
}
