// Route conventions only: the page itself is RegionView (src/views/RegionView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { RegionView, regionMetadata, regionParams } from "@/views/LookupViews";

export const dynamicParams = false;
export const generateStaticParams = regionParams;

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { id, locale } = await params;
  return regionMetadata(locale as Locale, id);
}

export default async function Page({ params }: Props) {
  const { id, locale } = await params;
  return <RegionView locale={locale as Locale} id={id} />;
}
