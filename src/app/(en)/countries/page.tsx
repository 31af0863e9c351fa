// Route conventions only: the page itself is CountriesView (src/views/CountriesView.tsx).
import { CountriesView, countriesMetadata } from "@/views/CountriesView";

export const metadata = countriesMetadata("en");

export default function Page() {
  return <CountriesView locale="en" />;
}
