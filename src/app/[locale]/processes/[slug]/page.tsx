// Route conventions only: the page itself is ProfileView (src/views/ProfileView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { ProfileView, profileMetadata, profileParams } from "@/views/ProfileView";

export const dynamicParams = false;
export const generateStaticParams = profileParams;

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug, locale } = await params;
  return profileMetadata(locale as Locale, slug);
}

export default async function Page({ params }: Props) {
  const { slug, locale } = await params;
  return <ProfileView locale={locale as Locale} slug={slug} />;
}
