/**
 * Record bodies are Markdown written by contributors. Raw HTML is dropped and the result sanitised,
 * so nothing in a record (a <script>, an onclick, a javascript: link) reaches a page.
 */
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";

interface HastNode {
  type: string;
  tagName?: string;
  children?: HastNode[];
}

/** A body sits under the page's own h2 sections, so its `##` headings become h3 (and so on). */
function demoteHeadings() {
  const demote = (node: HastNode) => {
    const level = node.type === "element" && /^h[1-6]$/.test(node.tagName ?? "") ? Number(node.tagName![1]) : 0;
    if (level) node.tagName = `h${Math.min(level + 1, 6)}`;
    node.children?.forEach(demote);
  };
  return demote;
}

const processor = remark()
  .use(remarkGfm)
  .use(remarkRehype) // without allowDangerousHtml, raw HTML in the Markdown is dropped
  .use(rehypeSanitize)
  .use(demoteHeadings)
  .use(rehypeStringify);

export async function renderMarkdown(markdown: string): Promise<string> {
  return String(await processor.process(markdown));
}
