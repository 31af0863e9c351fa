// Route conventions only: the page itself is ExplorerView (src/views/ExplorerView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { ExplorerView, explorerMetadata } from "@/views/ExplorerView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return explorerMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <ExplorerView locale={locale as Locale} />;
}
