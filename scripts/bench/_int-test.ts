import { measureInteractions } from "./interactions";
const t = performance.now();
const runs = await measureInteractions(process.argv[2], { runs: 1, throttle: Number(process.argv[3] ?? 4), count: 20 });
for (const r of runs) { console.log("ready", r.readyMs); console.log("clicks", r.clicks.map((s) => `${s.ms?.toFixed(0)}/${s.fromInputMs?.toFixed(0)}/${s.firstChangeMs?.toFixed(0)}`).join(" ")); console.log("keys", r.keys.map((s) => `${s.ms?.toFixed(0)}/${s.fromInputMs?.toFixed(0)}/${s.firstChangeMs?.toFixed(0)}`).join(" ")); }
console.log(((performance.now() - t) / 1000).toFixed(1), "s");
