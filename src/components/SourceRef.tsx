import Link from "next/link";
import { formatPartialDate } from "@/lib/labels";

/** A short citation of one source document, linking to its entry on /sources/. */
export function SourceRef({ id, asOf }: { id: string; asOf?: string }) {
  return (
    <Link href={`/sources/#${id}`} className="whitespace-nowrap text-xs">
      {id}
      {asOf ? `, ${formatPartialDate(asOf)}` : ""}
    </Link>
  );
}
