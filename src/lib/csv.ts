/** RFC 4180 CSV (CRLF line ends, quotes where needed, UTF-8 without BOM), for the build and the browser. */
import { stringify } from "csv-stringify/browser/esm/sync";

export function toCsv(columns: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return stringify([columns as string[], ...rows.map((r) => r.map((v) => (v === null ? "" : String(v))))], {
    record_delimiter: "\r\n",
  });
}
