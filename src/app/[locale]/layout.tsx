import type { ReactNode } from "react";
import { RootLayout } from "@/components/RootLayout";
import { PREFIXED_LOCALES, type Locale } from "@/lib/i18n/locales";
import { layoutMetadata } from "@/lib/pageMetadata";
import "@/styles/globals.css";

export const dynamicParams = false;
export const viewport = { width: "device-width", initialScale: 1, themeColor: "#0a3537" };

export function generateStaticParams() {
  return PREFIXED_LOCALES.map((locale) => ({ locale }));
}

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Omit<Props, "children">) {
  return layoutMetadata((await params).locale as Locale);
}

export default async function Layout({ children, params }: Props) {
  return <RootLayout locale={(await params).locale as Locale}>{children}</RootLayout>;
}
