/**
 * Scrolls the ticket list through 5 000 loaded rows of a 10 000-ticket sandbox in Chromium, with and
 * without 4× CPU throttling (Chrome DevTools Protocol), and reports long tasks (> 50 ms) measured by
 * the page's own PerformanceObserver. A benchmark, not a test: it prints figures and asserts nothing.
 */
import type { Page } from "@playwright/test";
import { recordFigures } from "./figures";
import { signedInPhone, withSandboxAndBrowser } from "./phone";
import { longTaskBreakdown, startTrace, taskCpuTimes } from "./trace";

const TARGET_ROWS = 5_000;

export interface ScrollFigures {
  rows: number;
  seconds: number;
  longTasks: number;
  longestTaskMs: number;
  totalLongTaskMs: number;
  /** From the trace's CPU time, which a busy machine does not stretch: tasks whose CPU time × 4 passes 50 ms, and the longest × 4. */
  cpuTasksOver50At4x: number;
  longestCpuAt4xMs: number;
}

async function scrollToEnd(page: Page, throttle: number): Promise<ScrollFigures> {
  const cdp = await page.context().newCDPSession(page);
  await page.goto("/tickets?state=all");
  await page.getByRole("list", { name: "Tickets" }).getByRole("link").first().waitFor();
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push(entry.duration))).observe({ type: "longtask" });
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  const stopTrace = await startTrace(cdp);
  const started = Date.now();
  let rows = 0;
  // Scroll like a fast, steady thumb (about 15 000 px/s) until 5 000 rows are loaded (bounded in time).
  while (Date.now() - started < 240_000) {
    await page.mouse.wheel(0, 1_500);
    await page.waitForTimeout(100);
    rows = await page.evaluate(() => Number(document.querySelector(".virtual-list__item:last-child")?.getAttribute("aria-posinset") ?? 0));
    const maxIndex = await page.evaluate(() =>
      Math.max(...[...document.querySelectorAll(".virtual-list__item")].map((item) => Number(item.getAttribute("data-index")))),
    );
    if (maxIndex + 1 >= TARGET_ROWS) {
      rows = maxIndex + 1;
      break;
    }
  }
  const seconds = (Date.now() - started) / 1000;
  const events = await stopTrace();
  const { tasks: traced, byKind } = longTaskBreakdown(events, 50);
  const cpuAt4x = taskCpuTimes(events).map((ms) => ms * 4);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  console.log(`${throttle}× CPU: what the ${traced} tasks over 50 ms in the trace spent their time on (ms, all tasks together):`);
  console.table(Object.fromEntries(Object.entries(byKind).map(([kind, ms]) => [kind, Math.round(ms)])));
  const tasks = await page.evaluate(() => (window as unknown as { __longTasks: number[] }).__longTasks);
  return {
    rows,
    seconds,
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks)),
    totalLongTaskMs: Math.round(tasks.reduce((sum, task) => sum + task, 0)),
    cpuTasksOver50At4x: cpuAt4x.filter((ms) => ms > 50).length,
    longestCpuAt4xMs: Math.round(Math.max(0, ...cpuAt4x)),
  };
}

const seedStarted = Date.now();
await withSandboxAndBrowser({ ticketCount: 10_000 }, async (sandbox, browser) => {
  console.log(`sandbox with 10 000 tickets and the browser ready in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  const results: Record<string, ScrollFigures> = {};
  for (const [name, throttle] of [
    ["1× CPU", 1],
    ["4× CPU throttling", 4],
  ] as const) {
    const { context, page } = await signedInPhone(browser, sandbox.url);
    results[name] = await scrollToEnd(page, throttle);
    await context.close();
  }
  console.table(results);
  recordFigures("scroll", results);
  const [fast, slow] = [results["1× CPU"]!, results["4× CPU throttling"]!];
  console.log(
    `time over 50 ms per second of scrolling: ${(fast.totalLongTaskMs / fast.seconds).toFixed(0)} ms at 1×, ` +
      `${(slow.totalLongTaskMs / slow.seconds).toFixed(0)} ms at 4× (longest task ${slow.longestTaskMs} ms)`,
  );
});
