// Scratch: one Lighthouse run with the LCP element and its phases, render-blocking resources and main-thread breakdown.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/lib/chromium/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  for (const url of process.argv.slice(2)) {
    const r = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const a = r!.lhr.audits;
    const pick = (id: string) => a[id];
    console.log("==", url, "score", r!.lhr.categories.performance.score, "LCP", a["largest-contentful-paint"].numericValue?.toFixed(0), "FCP", a["first-contentful-paint"].numericValue?.toFixed(0), "TBT", a["total-blocking-time"].numericValue?.toFixed(0));
    const el = pick("largest-contentful-paint-element")?.details as any;
    console.log("LCP element:", JSON.stringify(el?.items?.[0]?.items?.[0]?.node?.snippet ?? el?.items?.[0]?.items?.[0]?.node?.nodeLabel ?? el).slice(0, 300));
    console.log("LCP phases:", JSON.stringify(el?.items?.[1]?.items ?? []).slice(0, 600));
    console.log("render-blocking:", JSON.stringify((pick("render-blocking-resources")?.details as any)?.items?.map((i: any) => [i.url?.slice(-40), i.wastedMs]) ?? []));
    console.log("mainthread:", JSON.stringify((pick("mainthread-work-breakdown")?.details as any)?.items?.map((i: any) => [i.group, Math.round(i.duration)]) ?? []));
    console.log("bootup:", JSON.stringify((pick("bootup-time")?.details as any)?.items?.slice(0, 5).map((i: any) => [i.url?.slice(-40), Math.round(i.total), Math.round(i.scripting)]) ?? []));
    console.log("network:", JSON.stringify((pick("network-requests")?.details as any)?.items?.map((i: any) => [i.url?.slice(-40), i.transferSize, Math.round(i.networkEndTime - i.networkRequestTime)]) ?? []).slice(0, 900));
  }
} finally { await chrome.kill(); }
