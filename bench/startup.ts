/**
 * Start-up of the app against a floor page (React 19 + ReactDOM + a service worker painting one
 * heading, built and served here), side by side in one run of Chromium at 4× CPU throttling:
 * 1. warm start offline and online, to the first ticket row (the floor: its heading), median of 9 reloads,
 *    and offline in a new tab (a launch from the home screen), median of 9;
 * 2. first visit of the sign-in screen in Lighthouse 12 (mobile: simulated slow 4G, 4× CPU);
 * 3. the JavaScript each first screen downloads, gzipped;
 * 4. where the app's warm offline start spends its time, from a DevTools Protocol trace.
 * The app is served by the sandbox as `npm start` serves it (compressed, a production host's cache headers),
 * the floor as a production host would (gzip, strict CSP). A benchmark, not a test: it prints figures.
 */
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import lighthouse from "lighthouse";
import { mkdtemp, rm } from "node:fs/promises";
import { freePort } from "../e2e/kit/free-port";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";
import { chromiumLaunchOptions } from "../e2e/browser";
import { recordFigures } from "./figures";
import { serveBuild } from "./http";
import { PHONE, signIn, startBenchSandbox } from "./phone";
import { mainThreadBreakdown, startTrace } from "./trace";

const THROTTLE = 4;
const RELOADS = 9;
const LIGHTHOUSE_RUNS = 3;
const APP_FIRST_ROW = ".virtual-list__item";
const FLOOR_FIRST_ROW = "h1";

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (value: number) => Math.round(value);

interface Marks {
  first?: number;
}

/** Notes in each page when the first row (the floor: its heading) is in the document, in ms since navigation start. */
async function recordFirstRow(context: BrowserContext, selector: string) {
  await context.addInitScript((selector) => {
    const marks: Marks = {};
    (window as unknown as { __marks: Marks }).__marks = marks;
    new MutationObserver((_records, observer) => {
      if (!document.querySelector(selector)) return;
      marks.first = performance.now();
      performance.mark("bench:first-row");
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, selector);
}

/** When the page's first row came, as recordFirstRow noted it (ms since navigation start). */
async function firstRowOf(page: Page, selector: string): Promise<number> {
  await page.locator(selector).first().waitFor();
  return page.evaluate(() => (window as unknown as { __marks: Marks }).__marks.first!);
}

async function firstRowAfterReload(page: Page, selector: string): Promise<number> {
  await page.reload({ waitUntil: "commit" });
  return firstRowOf(page, selector);
}

/** Gzipped size of every script a page load fetched (from the network or the service worker). */
async function scriptBytes(page: Page, load: () => Promise<unknown>): Promise<{ gzip: number; files: number }> {
  const bodies: Promise<Buffer>[] = [];
  const listener = (response: import("@playwright/test").Response) => {
    const url = new URL(response.url());
    if (response.request().resourceType() === "script" && url.pathname !== "/sw.js") bodies.push(response.body());
  };
  page.on("response", listener);
  await load();
  await page.waitForLoadState("networkidle");
  page.off("response", listener);
  const sizes = await Promise.all(bodies.map(async (body) => gzipSync(await body).length));
  return { gzip: sizes.reduce((sum, size) => sum + size, 0), files: sizes.length };
}

interface Starts {
  offline: number;
  online: number;
}

async function warmStarts(page: Page, selector: string): Promise<Starts> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  const online: number[] = [];
  for (let run = 0; run < RELOADS; run++) online.push(await firstRowAfterReload(page, selector));
  await page.context().setOffline(true);
  const offline: number[] = [];
  for (let run = 0; run < RELOADS; run++) offline.push(await firstRowAfterReload(page, selector));
  await page.context().setOffline(false);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.detach();
  return { offline: median(offline), online: median(online) };
}

/**
 * Warm offline starts in a new tab, the page before it closed: a launch from the home screen after the
 * phone dropped the app's tab. The caches are warm; the page, its process and its compiled code are not.
 */
async function newTabStarts(context: BrowserContext, path: string, selector: string): Promise<number> {
  for (const page of context.pages()) await page.close();
  await context.setOffline(true);
  const starts: number[] = [];
  for (let run = 0; run < RELOADS; run++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    await page.goto(path, { waitUntil: "commit" });
    starts.push(await firstRowOf(page, selector));
    await page.close();
  }
  await context.setOffline(false);
  return median(starts);
}

async function newPhoneContext(browser: Browser, baseURL: string, selector: string) {
  const context = await browser.newContext({ baseURL, ...PHONE });
  await recordFirstRow(context, selector);
  return context;
}

async function controlledBy(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
}

/** The app signed in, its service worker in control and the list saved on the device. */
async function signedInApp(browser: Browser, url: string) {
  const context = await newPhoneContext(browser, url, APP_FIRST_ROW);
  const page = await context.newPage();
  await signIn(page, url);
  await page.locator(APP_FIRST_ROW).first().waitFor();
  // In prompt mode the first load is not controlled: reload once. The persisted cache is written within a second.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const listScripts = await scriptBytes(page, () => page.reload());
  await controlledBy(page);
  await page.waitForTimeout(1_500);
  return { context, page, listScripts };
}

async function floorPage(browser: Browser, url: string) {
  const context = await newPhoneContext(browser, url, FLOOR_FIRST_ROW);
  const page = await context.newPage();
  await page.goto("/");
  await controlledBy(page);
  return { context, page };
}

async function firstVisitScripts(browser: Browser, url: string) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, serviceWorkers: "block" });
  const page = await context.newPage();
  const bytes = await scriptBytes(page, () => page.goto(url));
  await context.close();
  return bytes;
}

interface FirstVisit {
  score: number;
  fcp: number;
  lcp: number;
  tbt: number;
}

/** Lighthouse's default (mobile) run on a fresh browser: simulated slow 4G and 4× CPU, storage cleared. */
async function lighthouseRun(url: string): Promise<FirstVisit> {
  const port = await freePort();
  const options = chromiumLaunchOptions();
  const browser = await chromium.launch({ ...options, args: [...(options.args ?? []), `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    return {
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      fcp: audit("first-contentful-paint"),
      lcp: audit("largest-contentful-paint"),
      tbt: audit("total-blocking-time"),
    };
  } finally {
    await browser.close();
  }
}

function medianVisit(runs: FirstVisit[]): FirstVisit {
  return {
    score: median(runs.map((run) => run.score)),
    fcp: median(runs.map((run) => run.fcp)),
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
  };
}

/**
 * One more warm offline start of the app, traced: milestones (the app's own marks, first occurrence) and
 * main-thread time by kind, from the page's time origin (the reload's start, as the median's figures are)
 * to its first row. The trace's own navigationStart events belong to other frames and documents too.
 */
async function traceWarmStart(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await page.context().setOffline(true);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
  const stop = await startTrace(cdp);
  const firstRowMs = await firstRowAfterReload(page, APP_FIRST_ROW);
  const paints = await page.evaluate(() => performance.getEntriesByType("paint").map((paint) => [paint.name, paint.startTime] as const));
  const events = await stop();
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await page.context().setOffline(false);
  const end = events.find((event) => event.name === "bench:first-row")?.ts;
  if (end === undefined) return null;
  const start = end - firstRowMs * 1000;
  const milestones = new Map<string, number>(paints.map(([name, at]) => [`${name} (the static shell)`, round(at)]));
  for (const event of [...events].sort((a, b) => a.ts - b.ts))
    if (event.name.startsWith("alga:") && event.ts >= start && event.ts <= end && !milestones.has(event.name))
      milestones.set(event.name, round((event.ts - start) / 1000));
  return {
    total: round(firstRowMs),
    milestones: [...milestones].sort((a, b) => a[1] - b[1]),
    breakdown: mainThreadBreakdown(events, start, end),
  };
}

const floorRoot = fileURLToPath(new URL("./floor", import.meta.url));
const floorOut = await mkdtemp(path.join(tmpdir(), "alga-floor-"));
await build({ root: floorRoot, configFile: false, logLevel: "warn", build: { outDir: floorOut, emptyOutDir: true, target: "es2022" } });
const floor = await serveBuild(floorOut);
const sandbox = await startBenchSandbox();
const browser = await chromium.launch(chromiumLaunchOptions());
try {
  const appScripts = await firstVisitScripts(browser, `${sandbox.url}/signin`);
  const floorScripts = await firstVisitScripts(browser, `${floor.url}/`);

  const signedIn = await signedInApp(browser, sandbox.url);
  const appStarts = await warmStarts(signedIn.page, APP_FIRST_ROW);
  const trace = await traceWarmStart(signedIn.page);
  const appNewTab = await newTabStarts(signedIn.context, "/tickets", APP_FIRST_ROW);
  await signedIn.context.close();
  const floorSetup = await floorPage(browser, floor.url);
  const floorStarts = await warmStarts(floorSetup.page, FLOOR_FIRST_ROW);
  const floorNewTab = await newTabStarts(floorSetup.context, "/", FLOOR_FIRST_ROW);
  await floorSetup.context.close();

  const appVisits: FirstVisit[] = [];
  const floorVisits: FirstVisit[] = [];
  for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
    appVisits.push(await lighthouseRun(`${sandbox.url}/signin`));
    floorVisits.push(await lighthouseRun(`${floor.url}/`));
  }
  const appVisit = medianVisit(appVisits);
  const floorVisit = medianVisit(floorVisits);

  const ratio = (a: number, b: number) => (a / b).toFixed(2);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.table({
    [`warm start offline, first row (median of ${RELOADS}, ${THROTTLE}× CPU), ms`]: {
      app: round(appStarts.offline),
      floor: round(floorStarts.offline),
      ratio: ratio(appStarts.offline, floorStarts.offline),
    },
    [`warm start online, first row (median of ${RELOADS}, ${THROTTLE}× CPU), ms`]: {
      app: round(appStarts.online),
      floor: round(floorStarts.online),
      ratio: ratio(appStarts.online, floorStarts.online),
    },
    [`warm start offline in a new tab, first row (median of ${RELOADS}, ${THROTTLE}× CPU), ms`]: {
      app: round(appNewTab),
      floor: round(floorNewTab),
      ratio: ratio(appNewTab, floorNewTab),
    },
    "first visit, sign-in screen: Lighthouse performance": { app: appVisit.score, floor: floorVisit.score, ratio: "" },
    "first visit: FCP, ms": { app: round(appVisit.fcp), floor: round(floorVisit.fcp), ratio: ratio(appVisit.fcp, floorVisit.fcp) },
    "first visit: LCP, ms": { app: round(appVisit.lcp), floor: round(floorVisit.lcp), ratio: ratio(appVisit.lcp, floorVisit.lcp) },
    "first visit: TBT, ms": { app: round(appVisit.tbt), floor: round(floorVisit.tbt), ratio: "" },
    "initial JS of the sign-in screen, KB gzip": {
      app: kb(appScripts.gzip),
      floor: kb(floorScripts.gzip),
      ratio: ratio(appScripts.gzip, floorScripts.gzip),
    },
    "JS of a warm start of the list, KB gzip": {
      app: kb(signedIn.listScripts.gzip),
      floor: kb(floorScripts.gzip),
      ratio: ratio(signedIn.listScripts.gzip, floorScripts.gzip),
    },
  });
  if (trace) {
    console.log(`where a warm offline start of the app spends its ${trace.total} ms (${THROTTLE}× CPU, one traced reload):`);
    for (const [name, at] of trace.milestones) console.log(`  ${String(at).padStart(5)} ms  ${name}`);
    for (const [kind, ms] of Object.entries(trace.breakdown).sort((a, b) => b[1] - a[1]))
      console.log(`  ${String(round(ms)).padStart(5)} ms of ${kind}`);
  }
  recordFigures("startup", {
    warmOffline: { app: appStarts.offline, floor: floorStarts.offline },
    warmOnline: { app: appStarts.online, floor: floorStarts.online },
    warmNewTab: { app: appNewTab, floor: floorNewTab },
    firstVisit: { app: appVisit, floor: floorVisit },
    initialJs: { app: appScripts.gzip, floor: floorScripts.gzip, list: signedIn.listScripts.gzip },
  });
} finally {
  await browser.close();
  await floor.close();
  await sandbox.close();
  await rm(floorOut, { recursive: true, force: true });
}
