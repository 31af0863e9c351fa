// Route conventions only: the page itself is CompareView (src/views/CompareView.tsx).
import { CompareView, compareMetadata } from "@/views/CompareView";

export const metadata = compareMetadata("en");

export default function Page() {
  return <CompareView locale="en" />;
}
