// Route conventions only: the page itself is OrganizationView (src/views/OrganizationView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { OrganizationView, organizationMetadata, organizationParams } from "@/views/LookupViews";

export const dynamicParams = false;
export const generateStaticParams = organizationParams;

type Props = { params: Promise<{ id: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { id, locale } = await params;
  return organizationMetadata(locale as Locale, id);
}

export default async function Page({ params }: Props) {
  const { id, locale } = await params;
  return <OrganizationView locale={locale as Locale} id={id} />;
}
