// Route conventions only: the page itself is ThemesView (src/views/ThemesView.tsx).
import { ThemesView, themesMetadata } from "@/views/LookupViews";

export const metadata = themesMetadata("en");

export default function Page() {
  return <ThemesView locale="en" />;
}
