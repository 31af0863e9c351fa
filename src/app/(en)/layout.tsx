import type { ReactNode } from "react";
import { RootLayout } from "@/components/RootLayout";
import { layoutMetadata } from "@/lib/pageMetadata";
import "@/styles/globals.css";

export const metadata = layoutMetadata("en");
export const viewport = { width: "device-width", initialScale: 1, themeColor: "#0a3537" };

export default function Layout({ children }: { children: ReactNode }) {
  return <RootLayout locale="en">{children}</RootLayout>;
}
