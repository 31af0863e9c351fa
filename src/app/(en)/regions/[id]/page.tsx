// Route conventions only: the page itself is RegionView (src/views/RegionView.tsx).
import { RegionView, regionMetadata, regionParams } from "@/views/LookupViews";

export const dynamicParams = false;
export const generateStaticParams = regionParams;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return regionMetadata("en", id);
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <RegionView locale={"en"} id={id} />;
}
