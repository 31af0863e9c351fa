// Route conventions only: the page itself is ThemesView (src/views/ThemesView.tsx).
import { ThemesView, themesMetadata } from "@/views/ThemesView";

export const metadata = themesMetadata("en");

export default function Page() {
  return <ThemesView locale="en" />;
}
