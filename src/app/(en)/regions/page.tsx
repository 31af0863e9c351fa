// Route conventions only: the page itself is RegionsView (src/views/RegionsView.tsx).
import { RegionsView, regionsMetadata } from "@/views/LookupViews";

export const metadata = regionsMetadata("en");

export default function Page() {
  return <RegionsView locale="en" />;
}
