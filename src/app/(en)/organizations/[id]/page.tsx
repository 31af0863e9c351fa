// Route conventions only: the page itself is OrganizationView (src/views/OrganizationView.tsx).
import { OrganizationView, organizationMetadata, organizationParams } from "@/views/LookupViews";

export const dynamicParams = false;
export const generateStaticParams = organizationParams;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return organizationMetadata("en", id);
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <OrganizationView locale={"en"} id={id} />;
}
