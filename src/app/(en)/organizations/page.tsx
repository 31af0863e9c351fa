// Route conventions only: the page itself is OrganizationsView (src/views/OrganizationsView.tsx).
import { OrganizationsView, organizationsMetadata } from "@/views/LookupViews";

export const metadata = organizationsMetadata("en");

export default function Page() {
  return <OrganizationsView locale="en" />;
}
