// Route conventions only: the page itself is TimelineView (src/views/TimelineView.tsx).
import { TimelineView, timelineMetadata } from "@/views/TimelineView";

export const metadata = timelineMetadata("en");

export default function Page() {
  return <TimelineView locale="en" />;
}
