// Route conventions only: the page itself is DataView (src/views/DataView.tsx).
import { DataView, dataMetadata } from "@/views/DataView";

export const metadata = dataMetadata("en");

export default function Page() {
  return <DataView locale="en" />;
}
