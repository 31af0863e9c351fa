// Route conventions only: the page itself is SourcesView (src/views/SourcesView.tsx).
import { SourcesView, sourcesMetadata } from "@/views/SourcesViews";

export const metadata = sourcesMetadata("en");

export default function Page() {
  return <SourcesView locale="en" />;
}
