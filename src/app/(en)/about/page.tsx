// Route conventions only: the page itself is AboutView (src/views/AboutView.tsx).
import { AboutView, aboutMetadata } from "@/views/AboutView";

export const metadata = aboutMetadata("en");

export default function Page() {
  return <AboutView locale="en" />;
}
