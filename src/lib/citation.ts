/**
 * Ready citations of a page, in plain text and BibTeX. The URL is the page's canonical address; the
 * browser replaces it with its own when SITE_URL was not set, and fills in the access date.
 */
export const ACCESS_DATE = "{{accessed}}";
export const PAGE_URL = "{{url}}";

export interface CitationInput {
  /** The page's title as cited (the record's name, with acronym). */
  title: string;
  slug: string;
  siteName: string;
  datasetVersion: string;
  /** "June 2017": the date of the lists the page shows. */
  dataAsOf: string;
  /** Author–date labels of the sources, newest first. */
  sources: readonly string[];
  accessed: string;
}

export function citationText(c: CitationInput): string {
  return (
    `${c.siteName} (${c.datasetVersion.slice(0, 4)}). ${c.title}. Dataset version ${c.datasetVersion}; data as of ${c.dataAsOf}. ` +
    `Sources: ${c.sources.join("; ")}. ${PAGE_URL} (${c.accessed.replace("{date}", ACCESS_DATE)}).`
  );
}

/** BibTeX's special characters escaped in every field that holds free text. */
const BIBTEX_ESCAPES: Record<string, string> = { "\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}" };

export function bibtexEscape(text: string): string {
  // One pass, so the braces an escape writes are not escaped again.
  return text.replace(/[\\{}%&$#_~^]/g, (c) => BIBTEX_ESCAPES[c] ?? `\\${c}`);
}

export function citationBibtex(c: CitationInput): string {
  return [
    `@misc{rcpexplorer-${c.slug.replace(/[^a-z0-9-]/g, "")},`,
    `  author = {{${bibtexEscape(c.siteName)}}},`,
    `  title = {${bibtexEscape(c.title)}},`,
    `  year = {${c.datasetVersion.slice(0, 4)}},`,
    `  howpublished = {\\url{${PAGE_URL}}},`,
    `  note = {Dataset version ${bibtexEscape(c.datasetVersion)}; data as of ${bibtexEscape(c.dataAsOf)}; sources: ${bibtexEscape(c.sources.join("; "))}},`,
    `  urldate = {${ACCESS_DATE}}`,
    `}`,
  ].join("\n");
}
