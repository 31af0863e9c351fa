/**
 * Reading content files as untrusted input: strict UTF-8 (a bad byte is reported with its line), a
 * leading BOM stripped and CRLF normalised (line numbers unchanged), hidden record files and
 * folders named *.md refused rather than skipped.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ERRORS, fail } from "./errors";
import type { ProblemSink } from "./problems";

export const PROCESS_DIR = "content/processes";
export const REGISTRY_DIR = "content/registries";

const decoder = new TextDecoder("utf-8", { fatal: true });

/** The text of a file, or undefined (with the problem reported) when it is unreadable or not UTF-8. */
export function readText(root: string, file: string, sink: ProblemSink): string | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path.join(root, file));
  } catch (error) {
    sink.report(file, [], fail(ERRORS.UnreadableFile, (error as NodeJS.ErrnoException).code ?? "error"));
    return undefined;
  }
  try {
    return normalizeText(decoder.decode(bytes));
  } catch {
    sink.report(file, [], fail(ERRORS.NotUtf8), undefined, lineOfFirstBadByte(bytes));
    return undefined;
  }
}

/** BOM off, CRLF (and lone CR) to LF: the same lines, the same numbers. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/**
 * The 1-based line of the first byte that breaks UTF-8, by the same rules as the decoder: no overlong
 * forms (C0, C1, E0 80–9F, F0 80–8F), no surrogates (ED A0–BF), nothing above U+10FFFF (F4 90+, F5+).
 */
export function lineOfFirstBadByte(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return line;
    // The second byte's range depends on the first; later ones are plain continuation bytes.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (k === 1 ? next < low || next > high : (next & 0xc0) !== 0x80)) return line;
    }
    if (b === 0x0a) line++;
    i += length;
  }
  return line;
}

export interface RecordFile {
  slug: string;
  /** Relative to the content root's parent: content/processes/<slug>.md */
  file: string;
}

/** Every entry of content/processes/: record files returned, everything else reported. */
export function listRecordFiles(root: string, sink: ProblemSink): { records: RecordFile[]; filesRead: number } {
  const dir = path.join(root, PROCESS_DIR);
  let entries: import("node:fs").Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    sink.report(PROCESS_DIR, [], fail(ERRORS.NoRecords));
    return { records: [], filesRead: 0 };
  }
  const records: RecordFile[] = [];
  let filesRead = 0;
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = `${PROCESS_DIR}/${entry.name}`;
    const isMd = entry.name.toLowerCase().endsWith(".md");
    if (entry.isDirectory()) {
      if (isMd) sink.report(file, [], fail(ERRORS.NotARecordFile, "a folder named *.md"));
      continue;
    }
    if (entry.name.startsWith(".")) {
      // .gitkeep and editor files are not records; a hidden .md would be a record nobody sees.
      if (isMd) sink.report(file, [], fail(ERRORS.HiddenRecord));
      continue;
    }
    filesRead++;
    if (!entry.name.endsWith(".md")) {
      sink.report(file, [], fail(ERRORS.NotARecordFile, `"${entry.name}"`));
      continue;
    }
    records.push({ slug: entry.name.slice(0, -3), file });
  }
  if (records.length === 0 && sink.count === 0) sink.report(PROCESS_DIR, [], fail(ERRORS.NoRecords));
  return { records, filesRead };
}
