/**
 * A profile's link-preview image (1200×630 PNG), drawn at build time with satori (layout to SVG) and
 * resvg (SVG to PNG), with a font from an npm package: no network.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import type { Process, Region } from "./content/types";
import { memberCount } from "./indexes";
import { foundedLabel, KIND_LABELS, membershipSummary } from "./labels";

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) => readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`));

type Node = { type: string; props: { style?: Record<string, unknown>; children?: (Node | string)[] | Node | string } };
const el = (type: string, style: Record<string, unknown>, ...children: (Node | string)[]): Node => ({ type, props: { style, children } });

export async function ogImagePng(process: Process, regions: readonly Region[]): Promise<Buffer> {
  const regionNames = process.regions.map((id) => regions.find((r) => r.id === id)?.name ?? id).join(" · ");
  const members = process.openMembership ? "Open to all states" : membershipSummary(memberCount(process), process.current.memberOrganizations.length, false);
  const title = process.name.en.length > 90 ? `${process.name.en.slice(0, 87)}…` : process.name.en;
  const [padX, padY] = [72, 60];
  const frame = (child: Node) =>
    el("div", { width: OG_WIDTH, height: OG_HEIGHT, display: "flex", background: "#0a3537", color: "#ffffff", fontFamily: "Inter" }, child);
  const tree = frame(el(
    "div",
    { width: OG_WIDTH - 2 * padX, height: OG_HEIGHT - 2 * padY, margin: `${padY}px ${padX}px`, display: "flex", flexDirection: "column", justifyContent: "space-between" },
    el(
      "div",
      { display: "flex", justifyContent: "space-between", fontSize: 30, color: "#d5eaea" },
      el("div", {}, "RCP Explorer"),
      el("div", {}, KIND_LABELS[process.kind]),
    ),
    el(
      "div",
      { display: "flex", flexDirection: "column" },
      ...(process.acronym ? [el("div", { fontSize: 44, color: "#fbbf24", fontWeight: 700, marginBottom: 12 }, process.acronym)] : []),
      el("div", { fontSize: title.length > 50 ? 56 : 72, fontWeight: 700, lineHeight: 1.1 }, title),
    ),
    el(
      "div",
      { display: "flex", flexDirection: "column", fontSize: 32, color: "#d5eaea" },
      el("div", {}, regionNames),
      el("div", { marginTop: 8 }, `${members} · ${foundedLabel(process.foundedYear)}`),
    ),
  ));
  const svg = await satori(tree as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: [
      { name: "Inter", data: font(400), weight: 400, style: "normal" },
      { name: "Inter", data: font(700), weight: 700, style: "normal" },
    ],
  });
  return new Resvg(svg, { fitTo: { mode: "width", value: OG_WIDTH } }).render().asPng();
}
