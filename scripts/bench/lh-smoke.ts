import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
const chrome = await chromeLauncher.launch({ chromePath: "/usr/lib/chromium/chromium", chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
try {
  const t = performance.now();
  const r = await lighthouse(process.argv[2], { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
  const lhr = r!.lhr;
  console.log(lhr.lighthouseVersion, lhr.configSettings.formFactor, lhr.runtimeError, lhr.runWarnings, lhr.categories.performance.score, lhr.audits["total-blocking-time"].numericValue, lhr.audits["largest-contentful-paint"].numericValue, lhr.audits["cumulative-layout-shift"].numericValue, ((performance.now() - t) / 1000).toFixed(1) + "s");
} finally { await chrome.kill(); }
