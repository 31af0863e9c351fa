import { buildBarePage } from "./bare";
import { measureExport } from "./sizes";
const r = await buildBarePage("/work/main/out-bench-bare", "/work/main", "/tmp/bare.log");
console.log(r.build.ms, r.build.peakTreeKb, r.build.peakProcessKb, r.build.peakProcesses);
const s = measureExport(r.outDir);
console.log(s.htmlPages, s.floor, s.types.map((t) => [t.type, t.rep.htmlGz, t.rep.jsGz]));
