import type { ReactNode } from "react";
import { dictionary } from "@/lib/i18n";
import type { Locale } from "@/lib/i18n/locales";

/** The document of every page: its language, and the column the header, main and footer stack in. */
export function RootLayout({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <html lang={locale} dir={dictionary(locale).meta.dir}>
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
