/**
 * Draws a preview card (src/lib/ogCards.ts) as a 1200×630 PNG: satori lays it out into SVG, resvg
 * paints the PNG, with Inter from @fontsource/inter (no network). The fonts are read once per
 * process into one constant array, so satori's font cache (keyed on that array) holds across cards.
 * Also the pieces the build's cache needs: the renderer version, a fingerprint of the fonts, a
 * card's hash, and the batching of cards into worker runs (scripts/og-images.ts).
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type { OgCard } from "./ogCards";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bump when the drawing changes: every cached image is drawn again. */
export const OG_RENDERER_VERSION = "3";
/** Cards per worker process: whatever a render leaves behind is given back when the worker exits. */
export const OG_BATCH_SIZE = 150;

const require = createRequire(import.meta.url);

/**
 * Inter, latin and latin-ext (ğ, ł, đ… in country names), regular and bold. The subsets are two
 * families because satori keeps one font per family and weight; the text names both, latin first.
 */
export const OG_FONT_FILES = (["latin", "latin-ext"] as const).flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({
    family: subset === "latin" ? "Inter" : "Inter Ext",
    weight,
    file: require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`),
  })),
);
const FONT_FAMILY = "Inter, Inter Ext";

type Satori = typeof import("satori").default;
type Font = Parameters<Satori>[1]["fonts"][number];
interface Renderer {
  satori: Satori;
  renderAsync: typeof import("@resvg/resvg-js").renderAsync;
  /** The one font array of this process. */
  fonts: Font[];
}
let renderer: Promise<Renderer> | undefined;

/**
 * satori, resvg and the fonts, loaded on the first drawing: a process that only hashes and batches
 * cards (the build's main process) never loads them.
 */
function loadRenderer(): Promise<Renderer> {
  renderer ??= Promise.all([import("satori"), import("@resvg/resvg-js")]).then(([s, r]) => ({
    satori: s.default,
    renderAsync: r.renderAsync,
    fonts: OG_FONT_FILES.map(({ family, weight, file }) => ({ name: family, data: readFileSync(file), weight, style: "normal" as const })),
  }));
  return renderer;
}

/** Changes when a font file does: part of every card's hash. */
export function fontFingerprint(): string {
  return OG_FONT_FILES.map(({ file }) => statSync(file).size).join(",");
}

/** The cache key of a card: its spec, the renderer version and the fonts. */
export function cardHash(card: OgCard, fingerprint: string = fontFingerprint()): string {
  // Fields in a fixed order, so that the hash does not depend on how the spec object was built.
  const spec = [card.path, card.locale, card.eyebrow, card.subtitle, card.accent ?? null, card.title, card.lines];
  return createHash("sha256").update(JSON.stringify([OG_RENDERER_VERSION, fingerprint, spec])).digest("hex").slice(0, 32);
}

/** Splits items into runs of at most `size` (one worker process each). */
export function batches<T>(items: readonly T[], size: number = OG_BATCH_SIZE): T[][] {
  if (!(size >= 1)) throw new Error(`batch size must be at least 1, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

// Layout, in pixels.
const PAD_X = 72;
const PAD_Y = 56;
const INNER_W = OG_WIDTH - 2 * PAD_X;
const INNER_H = OG_HEIGHT - 2 * PAD_Y;
const TOP_H = 36;
const GAP = 24;
const LINE_SIZE = 28;
const LINE_H = Math.round(LINE_SIZE * 1.35);
const ACCENT_SIZE = 40;
const ACCENT_H = Math.round(ACCENT_SIZE * 1.2) + 10;
const TITLE_SIZES = [72, 64, 58, 52, 46, 42, 38, 34, 30];
const TITLE_LEADING = 1.15;

/** Rough advance widths of Inter Bold, in em: enough to choose a size; lineClamp guards the rest. */
function charWidth(c: string): number {
  if (c === " ") return 0.27;
  if ("ijlI|!.,:;'’()[]-".includes(c)) return 0.3;
  if ("ftr".includes(c)) return 0.4;
  if ("mwMWŒœÆæ".includes(c)) return 0.9;
  if (c >= "A" && c <= "Z") return 0.7;
  return 0.59;
}

/** How many lines `text` takes at `size` px in `width` px, wrapping at spaces (a long word breaks). */
export function estimateLines(text: string, size: number, width: number): number {
  const space = charWidth(" ") * size;
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = [...word].reduce((sum, c) => sum + charWidth(c), 0) * size * 1.05;
    if (used === 0) used = w;
    else if (used + space + w <= width) used += space + w;
    else {
      lines++;
      used = w;
    }
    while (used > width) {
      lines++;
      used -= width;
    }
  }
  return lines;
}

/** A summary line wraps once at most (regular weight, ~8% narrower than the bold the estimate assumes). */
const LINE_MAX_ROWS = 2;
function summaryLineRows(line: string): number {
  return Math.min(LINE_MAX_ROWS, estimateLines(line, LINE_SIZE * 0.92, INNER_W));
}

/** The largest title size whose lines fit the space the other rows leave, and that many lines at most. */
export function titleFit(card: Pick<OgCard, "title" | "accent" | "lines">): { size: number; maxLines: number } {
  const lineRows = card.lines.reduce((sum, line) => sum + summaryLineRows(line), 0);
  const room = INNER_H - TOP_H - 2 * GAP - lineRows * LINE_H - (card.accent ? ACCENT_H : 0);
  let fit = { size: TITLE_SIZES.at(-1)!, maxLines: 1 };
  for (const size of TITLE_SIZES) {
    const maxLines = Math.max(1, Math.floor(room / Math.round(size * TITLE_LEADING)));
    fit = { size, maxLines };
    if (estimateLines(card.title, size, INNER_W) <= maxLines) break;
  }
  return fit;
}

type Style = Record<string, string | number>;
export type OgNode = { type: string; props: { style: Style; children?: (OgNode | string)[] } };
const el = (type: string, style: Style, ...children: (OgNode | string)[]): OgNode => ({ type, props: { style, children } });
/** One line that ends in "…" rather than wrapping. */
const oneLine: Style = { display: "block", whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" };

/**
 * A summary line, wrapping between its " · "-separated items rather than inside one ("Follow-|up"),
 * on LINE_MAX_ROWS rows at most; an item wider than the card ends in "…".
 */
function summaryLine(line: string): OgNode {
  const items = line.split(SEPARATOR);
  return el(
    "div",
    { display: "flex", flexWrap: "wrap", maxHeight: LINE_MAX_ROWS * LINE_H, overflow: "hidden" },
    ...items.map((item, i) => el("div", { ...oneLine, maxWidth: "100%", marginRight: i < items.length - 1 ? "0.27em" : 0 }, i < items.length - 1 ? `${item}${SEPARATOR.trimEnd()}` : item)),
  );
}
const SEPARATOR = " · ";

/** The card's layout, as satori reads it. */
export function cardTree(card: OgCard): OgNode {
  const { size, maxLines } = titleFit(card);
  const tree = el(
    "div",
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      boxSizing: "border-box",
      display: "flex",
      flexDirection: "column",
      padding: `${PAD_Y}px ${PAD_X}px`,
      background: "#0a3537",
      color: "#ffffff",
      fontFamily: FONT_FAMILY,
    },
    el(
      "div",
      { display: "flex", justifyContent: "space-between", alignItems: "center", height: TOP_H, fontSize: LINE_SIZE, color: "#d5eaea" },
      el("div", { fontWeight: 700, flexShrink: 0, marginRight: 32 }, card.eyebrow),
      el("div", { ...oneLine, flexShrink: 1, minWidth: 0 }, card.subtitle),
    ),
    el(
      "div",
      { display: "flex", flexDirection: "column", justifyContent: "center", flexGrow: 1, margin: `${GAP}px 0`, overflow: "hidden" },
      ...(card.accent ? [el("div", { ...oneLine, fontSize: ACCENT_SIZE, lineHeight: 1.2, marginBottom: 10, color: "#fbbf24", fontWeight: 700 }, card.accent)] : []),
      el(
        "div",
        {
          display: "block",
          fontSize: size,
          fontWeight: 700,
          lineHeight: TITLE_LEADING,
          lineClamp: maxLines,
          textOverflow: "ellipsis",
          overflowWrap: "break-word",
          maxHeight: maxLines * Math.round(size * TITLE_LEADING),
          overflow: "hidden",
        },
        card.title,
      ),
    ),
    el(
      "div",
      { display: "flex", flexDirection: "column", flexShrink: 0, fontSize: LINE_SIZE, lineHeight: `${LINE_H}px`, color: "#d5eaea" },
      ...card.lines.map(summaryLine),
    ),
  );
  return tree;
}

export async function renderCardSvg(card: OgCard): Promise<string> {
  const { satori, fonts } = await loadRenderer();
  return satori(cardTree(card) as unknown as Parameters<Satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts });
}

export async function renderCardPng(card: OgCard): Promise<Buffer> {
  const svg = await renderCardSvg(card);
  const { renderAsync } = await loadRenderer();
  // renderAsync, not `new Resvg(svg).render()`: in resvg-js 2.6 the latter keeps each ~3 MB pixmap
  // until the process exits. satori draws text as paths, so resvg needs no fonts of its own.
  const image = await renderAsync(svg, { fitTo: { mode: "width", value: OG_WIDTH }, font: { loadSystemFonts: false } });
  return image.asPng();
}
