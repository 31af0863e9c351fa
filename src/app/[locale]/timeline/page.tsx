// Route conventions only: the page itself is TimelineView (src/views/TimelineView.tsx).
import type { Locale } from "@/lib/i18n/locales";
import { TimelineView, timelineMetadata } from "@/views/TimelineView";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return timelineMetadata(locale as Locale);
}

export default async function Page({ params }: Props) {
  const { locale } = await params;
  return <TimelineView locale={locale as Locale} />;
}
