// Route conventions only: the page itself is ExplorerView (src/views/ExplorerView.tsx).
import { ExplorerView, explorerMetadata } from "@/views/ExplorerView";

export const metadata = explorerMetadata("en");

export default function Page() {
  return <ExplorerView locale="en" />;
}
