// Route conventions only: the page itself is SourcesView (src/views/SourcesView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { SourcesView, sourcesMetadata } from "@/views/SourcesViews";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return sourcesMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <SourcesView locale={locale as Locale} />;
}
