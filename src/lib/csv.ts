/**
 * RFC 4180 CSV (CRLF line ends, quotes where needed, UTF-8 without BOM), for the build and the
 * browser. A cell that begins with =, +, -, @ (or a tab or carriage return) is prefixed with an
 * apostrophe, so that a spreadsheet shows it instead of running it as a formula.
 */
import { stringify } from "csv-stringify/browser/esm/sync";

export type Cell = string | number | boolean | null | undefined;

export function escapeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  // Numbers are written as they are (a negative count stays a number); text is escaped.
  const cells = rows.map((row) => row.map((v) => (v === null || v === undefined ? "" : typeof v === "string" ? escapeFormula(v) : String(v))));
  return stringify([columns as string[], ...cells], { record_delimiter: "\r\n" });
}
