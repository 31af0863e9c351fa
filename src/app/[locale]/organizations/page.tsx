// Route conventions only: the page itself is OrganizationsView (src/views/OrganizationsView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { OrganizationsView, organizationsMetadata } from "@/views/LookupViews";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return organizationsMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <OrganizationsView locale={locale as Locale} />;
}
