// Route conventions only: the page itself is CountryView (src/views/CountryView.tsx).
import { CountryView, countryMetadata, countryParams } from "@/views/CountryView";

export const dynamicParams = false;
export const generateStaticParams = countryParams;

type Props = { params: Promise<{ iso3: string }> };

export async function generateMetadata({ params }: Props) {
  const { iso3 } = await params;
  return countryMetadata("en", iso3);
}

export default async function Page({ params }: Props) {
  const { iso3 } = await params;
  return <CountryView locale={"en"} iso3={iso3} />;
}
