/** Ready citations of a profile, in plain text and BibTeX. The access date is filled in by the reader's browser. */
import type { Process, SourceDocument } from "./content/types";
import { formatPartialDate } from "./labels";

export const ACCESS_DATE = "{{accessed}}";

export interface CitationInput {
  process: Process;
  url: string;
  siteName: string;
  datasetVersion: string;
  sources: readonly SourceDocument[];
}

export function citationText({ process, url, siteName, datasetVersion, sources }: CitationInput): string {
  const cited = process.sources.map((s) => sources.find((d) => d.id === s.id)?.shortTitle ?? s.id).join("; ");
  return (
    `${siteName} (${datasetVersion.slice(0, 4)}). ${process.name.en}${process.acronym ? ` (${process.acronym})` : ""}. ` +
    `Dataset version ${datasetVersion}; data as of ${formatPartialDate(process.current.asOf)}. Sources: ${cited}. ` +
    `${url} (accessed ${ACCESS_DATE}).`
  );
}

export function citationBibtex({ process, url, siteName, datasetVersion }: CitationInput): string {
  const escape = (text: string) => text.replace(/([{}%&$#_])/g, "\\$1");
  return [
    `@misc{rcpexplorer-${process.slug},`,
    `  author = {{${escape(siteName)}}},`,
    `  title = {${escape(process.name.en)}},`,
    `  year = {${datasetVersion.slice(0, 4)}},`,
    `  url = {${url}},`,
    `  note = {Dataset version ${datasetVersion}; data as of ${formatPartialDate(process.current.asOf)}; sources: ${process.sources.map((s) => `${s.id} (${s.asOf})`).join(", ")}},`,
    `  urldate = {${ACCESS_DATE}}`,
    `}`,
  ].join("\n");
}
