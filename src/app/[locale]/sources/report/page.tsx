// Route conventions only: the page itself is ReportView (src/views/ReportView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { ReportView, reportMetadata } from "@/views/SourcesViews";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return reportMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <ReportView locale={locale as Locale} />;
}
