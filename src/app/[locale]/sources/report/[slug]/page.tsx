// Route conventions only: the page itself is ReportRecordView (src/views/ReportRecordView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { ReportRecordView, reportRecordMetadata, reportRecordParams } from "@/views/SourcesViews";

export const dynamicParams = false;
export const generateStaticParams = reportRecordParams;

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug, locale } = await params;
  return reportRecordMetadata(locale as Locale, slug);
}

export default async function Page({ params }: Props) {
  const { slug, locale } = await params;
  return <ReportRecordView locale={locale as Locale} slug={slug} />;
}
