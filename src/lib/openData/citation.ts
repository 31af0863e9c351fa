/**
 * How to cite the dataset as a whole (the /data/ page; CITATION.cff at the repository root). A
 * record's own citation is in src/lib/citation.ts.
 *
 * The sentence's words come as parameters (English by default), so that a page can pass its
 * dictionary's strings without this module depending on them.
 */
import { Document, Scalar } from "yaml";
import type { Locale } from "../i18n/locales";
import { absoluteUrl } from "../routes";
import type { SiteData } from "../siteData";
import { CONTRIBUTOR, KEYWORDS, LICENSE } from "./datapackage";

export const DATASET_AUTHOR = "RCP Explorer";
export const DATASET_TITLE = "Inter-state consultation mechanisms on migration: a sourced dataset";

export interface CitationWords {
  /** The dataset's title. */
  title: string;
  /** The word before the version: "version". */
  version: string;
  /** The licence sentence, with {licence} for the code: "Licensed {licence}." */
  licensed: string;
  /** Where the dataset has no dated version: "n.d.". */
  noDate: string;
}

export const ENGLISH_CITATION_WORDS: CitationWords = {
  title: DATASET_TITLE,
  version: "version",
  licensed: "Licensed {licence}.",
  noDate: "n.d.",
};

/** "CC-BY-4.0" as people write it: "CC BY 4.0". */
export const LICENCE_LABEL = LICENSE.name.replace(/-/g, " ");

/**
 * The plain-text citation: "RCP Explorer (2026). Inter-state consultation mechanisms on migration:
 * a sourced dataset, version 2026-12-01. https://…/data/. Licensed CC BY 4.0."
 */
export function suggestedCitation(data: SiteData, locale: Locale = "en", words: Partial<CitationWords> = {}): string {
  const w = { ...ENGLISH_CITATION_WORDS, ...words };
  const dated = /^\d{4}/.test(data.version);
  const year = dated ? data.version.slice(0, 4) : w.noDate;
  const version = dated ? `, ${w.version} ${data.version}` : "";
  return `${DATASET_AUTHOR} (${year}). ${w.title}${version}. ${absoluteUrl({ page: "data" }, locale)}. ${w.licensed.replace("{licence}", LICENCE_LABEL)}`;
}

/**
 * CITATION.cff (Citation File Format 1.2.0) for the dataset at this version. The repository's
 * CITATION.cff was written with it; `url` is left out unless given (SITE_URL is set per build).
 */
export function citationCff(data: SiteData, options: { url?: string } = {}): string {
  const dated = /^\d{4}-\d{2}-\d{2}$/.test(data.version);
  const cff = {
    "cff-version": "1.2.0",
    message: "If you use this dataset, please cite it as below.",
    type: "dataset",
    title: `${DATASET_AUTHOR}: ${DATASET_TITLE}`,
    authors: [{ name: CONTRIBUTOR }],
    abstract:
      "A sourced directory and dataset of the inter-state consultation mechanisms on migration: regional consultative " +
      `processes (RCPs), inter-regional forums and global processes. Every fact is tied to one of ${data.registries.sources.length} ` +
      `source documents (${data.registries.sources.map((s) => s.label).join("; ")}); membership is given per dated source list, ` +
      "with what each list covers coded.",
    license: LICENSE.name,
    ...(dated ? { version: data.version, "date-released": data.version } : {}),
    ...(options.url ? { url: options.url } : {}),
    keywords: [...KEYWORDS],
    references: data.registries.sources.map((s) => ({
      type: "report",
      title: s.title,
      authors: [{ name: s.author }],
      year: Number(s.date.slice(0, 4)),
      ...(s.date.length >= 7 ? { month: Number(s.date.slice(5, 7)) } : {}),
    })),
  };
  const doc = new Document(cff);
  doc.commentBefore = " Citation File Format 1.2.0. Written by citationCff() in src/lib/openData/citation.ts.";
  // Quoted, so that no YAML 1.1 reader takes the version for a date.
  const version = doc.get("version", true);
  if (version instanceof Scalar) version.type = Scalar.QUOTE_DOUBLE;
  return doc.toString({ lineWidth: 0 });
}
