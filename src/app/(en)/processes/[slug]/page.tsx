// Route conventions only: the page itself is ProfileView (src/views/ProfileView.tsx).
import { ProfileView, profileMetadata, profileParams } from "@/views/ProfileView";

export const dynamicParams = false;
export const generateStaticParams = profileParams;

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { slug } = await params;
  return profileMetadata("en", slug);
}

export default async function Page({ params }: Props) {
  const { slug } = await params;
  return <ProfileView locale={"en"} slug={slug} />;
}
