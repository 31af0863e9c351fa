/**
 * Record bodies are Markdown written by contributors. Validation reports raw HTML, unsafe link
 * schemes and images from other sites with their line; rendering removes them anyway (no raw HTML,
 * rehype-sanitize), so nothing in a record reaches a page as markup or script.
 */
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeShiftHeading from "rehype-shift-heading";
import rehypeStringify from "rehype-stringify";
import { remark } from "remark";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import { ERRORS, fail } from "./errors";

export interface BodyProblem {
  line: number;
  message: string;
}

interface MdNode {
  type: string;
  url?: string;
  position?: { start: { line: number } };
  children?: MdNode[];
}

const parser = remark().use(remarkGfm);

const SAFE_LINK = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:]*$)/i;
const SITE_RELATIVE = /^(\/(?!\/)|\.{1,2}\/|[^:/?#]+(?:[/?#]|$))/;

/**
 * Whether a body could hold anything checkBody reports. Raw HTML and autolinks need "<"; a link or
 * image with a URL of its own needs "](" or a definition's "]:"; an image needs "!["; the only
 * GFM literal autolink with a scheme SAFE_LINK refuses is "xmpp:". A body with none of these is
 * plain prose with emphasis, lists and headings, and needs no parse (most records: the parse is
 * a third of validating them). A unit test holds this to the full parse on tricky bodies.
 */
export function mayHaveBodyProblems(markdown: string): boolean {
  return markdown.includes("<") || markdown.includes("](") || markdown.includes("]:") || markdown.includes("![") || /xmpp:/i.test(markdown);
}

/** Problems in a body; `firstLine` is the file line the body starts on. */
export function checkBody(markdown: string, firstLine: number): BodyProblem[] {
  if (!mayHaveBodyProblems(markdown)) return [];
  return parseAndCheck(markdown, firstLine);
}

/** The full check: parse the Markdown and visit every node. */
export function parseAndCheck(markdown: string, firstLine: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lineOf = (node: MdNode) => firstLine + (node.position?.start.line ?? 1) - 1;
  const visit = (node: MdNode) => {
    if (node.type === "html") problems.push({ line: lineOf(node), message: fail(ERRORS.BodyRawHtml) });
    if ((node.type === "link" || node.type === "definition") && node.url !== undefined && !SAFE_LINK.test(node.url.trim())) {
      problems.push({ line: lineOf(node), message: fail(ERRORS.BodyUnsafeLink, node.url) });
    }
    if (node.type === "image" && node.url !== undefined && !SITE_RELATIVE.test(node.url.trim())) {
      problems.push({ line: lineOf(node), message: fail(ERRORS.BodyExternalImage, node.url) });
    }
    node.children?.forEach(visit);
  };
  visit(parser.parse(markdown) as MdNode);
  return problems;
}

const renderer = remark()
  .use(remarkGfm)
  .use(remarkRehype) // without allowDangerousHtml, raw HTML in the Markdown is dropped
  // remark-rehype already prefixes every id a body can make (footnotes: user-content-fn-1) and the links
  // to them; sanitize's own prefix would go on the ids only and break every footnote link.
  .use(rehypeSanitize, { ...defaultSchema, clobberPrefix: "" })
  .use(rehypeShiftHeading, { shift: 1 }) // a body's ## sits under the page's own h2 sections
  .use(rehypeStringify);

const rendered = new Map<string, string>();

/** The body as safe HTML, rendered once per distinct text (pages call it; validation does not). */
export function renderBody(markdown: string): string {
  let html = rendered.get(markdown);
  if (html === undefined) {
    html = String(renderer.processSync(markdown));
    rendered.set(markdown, html);
  }
  return html;
}
