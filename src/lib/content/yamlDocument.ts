/**
 * YAML parsing that remembers where every value stands, so a problem can name its line.
 */
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document, type Node } from "yaml";
import type { FieldPath } from "./problems";

export interface LocatedYaml {
  data: unknown;
  /** Line (1-based, in the whole file) of the value at `path`, or of its nearest present parent. */
  lineOf: (path: FieldPath) => number | undefined;
  syntaxErrors: { line?: number; message: string }[];
}

/** `firstLine` is the file line on which the YAML text starts (2 for frontmatter after `---`). */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const valueAt = (path: FieldPath): Node | undefined => {
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    return isNode(node) ? node : undefined;
  };
  // A map entry is located by its key, which is where a reader looks ("members:"), not by its value.
  const anchorAt = (path: FieldPath): Node | undefined => {
    const parent = path.length ? valueAt(path.slice(0, -1)) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path[path.length - 1]);
      return isNode(pair?.key) ? pair.key : undefined;
    }
    return valueAt(path);
  };

  const lineOf = (path: FieldPath): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = anchorAt(path.slice(0, depth));
      if (node?.range) return toFileLine(node.range[0]);
    }
    return undefined;
  };

  const syntaxErrors = doc.errors.map((error) => ({
    line: error.pos ? toFileLine(error.pos[0]) : undefined,
    message: error.message.split("\n")[0],
  }));

  return { data: syntaxErrors.length ? undefined : doc.toJS(), lineOf, syntaxErrors };
}
