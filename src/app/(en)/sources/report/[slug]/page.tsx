// Route conventions only: the page itself is ReportRecordView (src/views/ReportRecordView.tsx).
import { ReportRecordView, reportRecordMetadata, reportRecordParams } from "@/views/SourcesViews";

export const dynamicParams = false;
export const generateStaticParams = reportRecordParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  return reportRecordMetadata("en", slug);
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  return <ReportRecordView locale={"en"} slug={slug} />;
}
