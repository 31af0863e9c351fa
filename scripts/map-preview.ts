import { gzipSync } from "node:zlib";
import { worldGeometry, worldGeometrySvg, allKnownCodes } from "../src/lib/maps/geometry";
const t0 = Date.now();
const g = worldGeometry();
const svg = worldGeometrySvg();
console.log("ms", Date.now() - t0, g.viewBox, "raw", svg.length, "gzip", gzipSync(svg).length, "rest", g.paths.rest.length, "shapes", g.shapes.size, "dots", g.dots.size);
if (process.env.V) {
console.log("dots:", [...g.dots].map(([k, v]) => k + (v.from === "latlng" ? "*" : "")).join(" "));
console.log("missing", allKnownCodes().filter((c) => !g.placeable(c)));
const big = [...g.paths.shapes].sort((a, b) => b[1].length - a[1].length).slice(0, 12).map(([k, d]) => `${k}:${d.length}`);
console.log(big.join(" "));
}
