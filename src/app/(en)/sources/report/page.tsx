// Route conventions only: the page itself is ReportView (src/views/ReportView.tsx).
import { ReportView, reportMetadata } from "@/views/SourcesViews";

export const metadata = reportMetadata("en");

export default function Page() {
  return <ReportView locale="en" />;
}
