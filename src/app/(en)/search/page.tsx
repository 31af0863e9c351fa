// Route conventions only: the page itself is SearchView (src/views/SearchView.tsx).
import { SearchView, searchMetadata } from "@/views/SearchView";

export const metadata = searchMetadata("en");

export default function Page() {
  return <SearchView locale="en" />;
}
