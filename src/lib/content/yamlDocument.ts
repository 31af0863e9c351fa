/**
 * The project's YAML parser: YAML's core schema only, no anchors or aliases, no tags, no duplicate
 * keys — and every value keeps its line, so a problem can name it. A library never decides how
 * content is read: this module does.
 */
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from "yaml";

/** A key as the parsed data names it: `1:` is the field "1", an empty key the field "". */
const keyName = (key: unknown) => (isScalar(key) ? String(key.value ?? "") : undefined);
import { ERRORS, fail } from "./errors";
import type { FieldPath } from "./problems";

export interface YamlProblem {
  line?: number;
  /** Where the parser can say (a field given twice): the field's path. */
  path?: FieldPath;
  message: string;
}

export interface LocatedYaml {
  /** The parsed value; undefined when there are problems. */
  data: unknown;
  /** Line (1-based, in the whole file) of the value at `path`, or of its nearest present parent. */
  lineOf: (path: FieldPath) => number | undefined;
  problems: YamlProblem[];
  /** True when the text holds nothing but comments and blank lines. */
  empty: boolean;
}

/** `firstLine` is the file line on which the YAML text starts (2 for frontmatter after `---`). */
export function parseLocatedYaml(text: string, firstLine = 1): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    // Checked below, in one pass with a set per map: the parser's own check compares every key with
    // every earlier one, and was a fifth of the time of validating a thousand records.
    uniqueKeys: false,
    schema: "core",
    customTags: [],
    merge: false,
    keepSourceTokens: false,
  });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: YamlProblem[] = [];

  for (const error of doc.errors) {
    const line = error.pos ? toFileLine(error.pos[0]) : undefined;
    problems.push({ line, message: yamlErrorMessage(error.code, error.message) });
  }
  for (const warning of doc.warnings) {
    if (warning.code === "TAG_RESOLVE_FAILED") continue; // reported below, with every other tag
    problems.push({ line: warning.pos ? toFileLine(warning.pos[0]) : undefined, message: fail(ERRORS.YamlSyntax, warning.message.split("\n")[0]) });
  }
  visit(doc, {
    Pair(_, pair) {
      // `? [a, b]: c` — a list or map as a field name would be turned into text silently.
      if (isNode(pair.key) && !isScalar(pair.key) && !isAlias(pair.key)) {
        const line = pair.key.range ? toFileLine(pair.key.range[0]) : undefined;
        problems.push({ line, message: fail(ERRORS.YamlSyntax, "a field name must be plain text, not a list or a set of fields") });
      }
    },
    Node(_, node) {
      const line = node.range ? toFileLine(node.range[0]) : undefined;
      // A field given twice: `1:` and `"1":` count as the same field, as they would in the data.
      if (isMap(node)) {
        const seen = new Set<string>();
        for (const pair of node.items) {
          const name = keyName(pair.key);
          if (name === undefined) continue;
          if (seen.has(name) && isNode(pair.key) && pair.key.range) {
            const at = pair.key.range[0];
            problems.push({ line: toFileLine(at), path: keyPathAt(doc, at), message: fail(ERRORS.YamlDuplicateKey) });
          }
          seen.add(name);
        }
      }
      if (isAlias(node) || node.anchor) problems.push({ line, message: fail(ERRORS.YamlAlias) });
      // The parser sets a tag only where the text writes one: every explicit tag is refused (!!str, !secret…).
      if (!isAlias(node) && node.tag) problems.push({ line, message: fail(ERRORS.YamlUnknownTag, node.tag.replace(/^tag:yaml\.org,2002:/, "!!")) });
    },
  });

  const valueAt = (path: FieldPath): Node | undefined => {
    const node = path.length ? doc.getIn(path, true) : doc.contents;
    return isNode(node) ? node : undefined;
  };
  // A map entry is located by its key, which is where a reader looks ("members:"), not by its value.
  const anchorAt = (path: FieldPath): Node | undefined => {
    const parent = path.length ? valueAt(path.slice(0, -1)) : undefined;
    if (isMap(parent)) {
      const pair = parent.items.find((item) => keyName(item.key) === String(path[path.length - 1]));
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

  const empty = doc.contents === null;
  const data = problems.length ? undefined : doc.toJS({ maxAliasCount: 0 });
  return { data, lineOf, problems: onePerLine(problems), empty };
}

/** The same message once per line: a line of nine aliases (a "billion laughs" file) is one problem, not nine. */
function onePerLine(problems: readonly YamlProblem[]): YamlProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.line}\u0000${p.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The path of the map key that starts at `offset` (the second of two equal keys), if there is one. */
function keyPathAt(doc: Document, offset: number): FieldPath | undefined {
  const walk = (node: unknown, path: FieldPath): FieldPath | undefined => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const here = [...path, keyName(pair.key) ?? "?"];
        if (isNode(pair.key) && pair.key.range?.[0] === offset) return here;
        const found = walk(pair.value, here);
        if (found) return found;
      }
    } else if (isSeq(node)) {
      for (const [i, item] of node.items.entries()) {
        const found = walk(item, [...path, i]);
        if (found) return found;
      }
    }
    return undefined;
  };
  return walk(doc.contents, []);
}

function yamlErrorMessage(code: string, message: string): string {
  if (code === "BLOCK_AS_IMPLICIT_KEY" || /compact mappings|Nested mappings/.test(message)) return fail(ERRORS.YamlColonInValue);
  if (code === "BAD_ALIAS" || code === "ALIAS_PROPS") return fail(ERRORS.YamlAlias);
  return fail(ERRORS.YamlSyntax, message.split("\n")[0]);
}
