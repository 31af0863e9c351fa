// Route conventions only: the page itself is DataView (src/views/DataView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { DataView, dataMetadata } from "@/views/DataView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return dataMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <DataView locale={locale as Locale} />;
}
