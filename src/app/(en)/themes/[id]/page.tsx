// Route conventions only: the page itself is ThemeView (src/views/ThemeView.tsx).
import { ThemeView, themeMetadata, themeParams } from "@/views/LookupViews";

export const dynamicParams = false;
export const generateStaticParams = themeParams;

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return themeMetadata("en", id);
}

export default async function Page({ params }: Props) {
  const { id } = await params;
  return <ThemeView locale={"en"} id={id} />;
}
