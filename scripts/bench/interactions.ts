/**
 * Explorer interactions in Chromium at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate):
 * 20 region-filter clicks (each checkbox on, then off, in turn) and 20 keystrokes in the name
 * search field (a letter, then Backspace, in turn: every keystroke changes the results), each
 * timed in the page from the user's input event to the next paint after the results changed.
 *
 * "Changed" is seen by a MutationObserver on the results section (#results), as a change of what
 * the results show (the count heading, the number of rows, the first row) — the chips of applied
 * filters, which React shows one render earlier, do not count. "The next paint" is the first
 * rAF after that mutation plus a MessageChannel task (the frame has been produced by then).
 *
 * The start is the timestamp of the event that carries the user's input: the click for a checkbox
 * (React handles a checkbox's change on it; the mouse's down/up before it are the robot's press,
 * not latency), the keydown for a keystroke. The DOM `input` event's timestamp is recorded too:
 * for a checkbox it fires after the click, once React has already rendered the change
 * synchronously, so timing from it leaves that work out; both are reported.
 */
import { chromium, type Browser, type Page } from "playwright";

export { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../chromium";

const TIMEOUT_MS = 3000;
/** Letters typed into the search field, each followed by Backspace. */
const LETTERS = ["m", "p", "b", "c", "d", "k", "g", "h", "v", "z"];

// A string, so that the TypeScript runner's helpers never leak into the page.
const INSTRUMENT = `(() => {
  if (window.__bench) return;
  let pending = null;
  const signature = (section) => {
    const heading = section.querySelector("#results-heading");
    const list = section.querySelector("ol, table tbody");
    return (heading ? heading.textContent : "") + "|" + (list ? list.childElementCount + "|" + (list.firstElementChild ? list.firstElementChild.textContent : "") : "none");
  };
  const paint = (callback) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => callback(performance.now());
    channel.port2.postMessage(null);
  });
  window.__bench = {
    arm(timeoutMs) {
      const section = document.getElementById("results");
      const before = signature(section);
      let start = null, inputAt = null, firstPaint = null, resolveResult;
      const result = new Promise((r) => (resolveResult = r));
      const types = ["click", "keydown", "input"];
      const onEvent = (e) => {
        // The click (React handles a checkbox's change on it) or the keydown starts the interaction.
        if (e.type !== "input" && start === null) start = e.timeStamp;
        if (e.type === "input" && inputAt === null) {
          inputAt = e.timeStamp;
          if (start === null) start = e.timeStamp;
        }
      };
      for (const t of types) document.addEventListener(t, onEvent, true);
      const finish = (value) => {
        observer.disconnect();
        clearTimeout(timer);
        for (const t of types) document.removeEventListener(t, onEvent, true);
        resolveResult(value);
      };
      const observer = new MutationObserver(() => {
        if (start === null) return;
        if (firstPaint === null) {
          firstPaint = "pending";
          paint((t) => (firstPaint = t));
        }
        if (signature(section) === before) return;
        observer.disconnect();
        paint((t) => finish({ ms: t - start, fromInputMs: inputAt === null ? null : t - inputAt, firstChangeMs: (typeof firstPaint === "number" ? firstPaint : t) - start }));
      });
      observer.observe(section, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => finish({ ms: null, fromInputMs: null, firstChangeMs: null }), timeoutMs);
      pending = result;
    },
    result() {
      return pending;
    },
    frames(n) {
      return new Promise((resolve) => {
        const step = (k) => (k === 0 ? resolve(true) : requestAnimationFrame(() => step(k - 1)));
        step(n);
      });
    },
  };
})()`;

export interface Sample {
  ms: number | null;
  fromInputMs: number | null;
  firstChangeMs: number | null;
}

export interface InteractionRun {
  /** From navigation start to the explorer being ready (index loaded, filters enabled), ms, throttled: one per page load. */
  readyMs: number[];
  clicks: Sample[];
  keys: Sample[];
}

async function openExplorer(browser: Browser, url: string, throttle: number): Promise<{ page: Page; readyMs: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(INSTRUMENT);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  await page.goto(`${url}/processes/`, { waitUntil: "load" });
  // Ready: the index has loaded and the filters are enabled.
  await page.waitForFunction(
    () => {
      const group = [...document.querySelectorAll("fieldset")].find((f) => f.querySelector("legend")?.textContent === "Region");
      const box = group?.querySelector<HTMLInputElement>("input[type=checkbox]");
      return Boolean(box && !box.disabled);
    },
    undefined,
    { polling: 50, timeout: 60_000 },
  );
  const readyMs = await page.evaluate(() => performance.now());
  return { page, readyMs, close: () => context.close() };
}

const query = (page: Page) => page.evaluate(() => document.querySelector("output[data-query]")?.getAttribute("data-query") ?? "");

async function settle(page: Page, until: (q: string) => boolean) {
  const deadline = Date.now() + 10_000;
  while (!until(await query(page))) {
    if (Date.now() > deadline) throw new Error("The explorer's URL did not settle");
    await page.evaluate("window.__bench.frames(1)");
  }
  await page.evaluate("window.__bench.frames(2)");
}

async function timed(page: Page, act: () => Promise<void>): Promise<Sample> {
  await page.evaluate(`window.__bench.arm(${TIMEOUT_MS})`);
  await act();
  return (await page.evaluate("window.__bench.result()")) as Sample;
}

export async function measureInteractions(url: string, options: { runs: number; throttle: number; count: number }): Promise<InteractionRun[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const runs: InteractionRun[] = [];
  try {
    for (let run = 0; run < options.runs; run++) {
      // Filter clicks: each region checkbox on, then off.
      const a = await openExplorer(browser, url, options.throttle);
      const boxes = a.page.getByRole("group", { name: "Region" }).getByRole("checkbox");
      const n = await boxes.count();
      const clicks: Sample[] = [];
      for (let i = 0; i < options.count; i++) {
        const box = boxes.nth(Math.floor(i / 2) % n);
        const before = await query(a.page);
        clicks.push(await timed(a.page, () => box.click()));
        await settle(a.page, (q) => q !== before);
      }
      await a.close();

      // Keystrokes: a letter, then Backspace.
      const b = await openExplorer(browser, url, options.throttle);
      const field = b.page.getByRole("searchbox", { name: "Search by name", exact: true });
      await field.click();
      const keys: Sample[] = [];
      for (let i = 0; i < options.count; i++) {
        const letter = LETTERS[Math.floor(i / 2) % LETTERS.length];
        const typing = i % 2 === 0;
        keys.push(await timed(b.page, () => b.page.keyboard.press(typing ? letter : "Backspace")));
        await settle(b.page, (q) => (new URLSearchParams(q).get("q") ?? "") === (typing ? letter : ""));
      }
      await b.close();
      runs.push({ readyMs: [a.readyMs, b.readyMs], clicks, keys });
    }
  } finally {
    await browser.close();
  }
  return runs;
}
