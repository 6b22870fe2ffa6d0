/**
 * What "For me" costs (issue 25): the feed's requests per hour while the app is visible and while it is hidden
 * (the page clock runs an hour in one-minute steps), and the For me screen scrolled with 500 notifications at 4× CPU
 * (Chrome DevTools Protocol): the main thread's work per task from the trace, against a frame's 16 ms.
 * A benchmark, not a test: it prints figures and asserts nothing.
 */
import type { Page, Route } from "@playwright/test";
import { recordFigures } from "./figures";
import { PHONE, signIn, withSandboxAndBrowser } from "./phone";
import { startTrace, taskCpuTimes } from "./trace";

const NOTIFICATIONS = 500;
const FEED_PATH = "/api/v1/activities";

/** Requests for the feed during an hour of page clock, the page visible or hidden. */
async function requestsPerHour(page: Page, hidden: boolean): Promise<number> {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, "visibilityState", { value: isHidden ? "hidden" : "visible", configurable: true });
    Object.defineProperty(document, "hidden", { value: isHidden, configurable: true });
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
  await page.waitForTimeout(500);
  let count = 0;
  const onRequest = (request: { url(): string }) => void (new URL(request.url()).pathname === FEED_PATH && (count += 1));
  page.on("request", onRequest);
  for (let minute = 0; minute < 60; minute += 1) {
    await page.clock.runFor(60_000);
    await page.waitForTimeout(50);
  }
  page.off("request", onRequest);
  return count;
}

/** How many notifications the feed's last answer held: the screen renders only the groups near the screen. */
let served = 0;

/** Answers the feed with its first five pages of 100 in one: the screen as it would be with 500 to show. */
async function fiveHundredAtOnce(route: Route) {
  const url = new URL(route.request().url());
  const pages = [];
  for (let page = 1; page <= NOTIFICATIONS / 100; page += 1) {
    url.searchParams.set("page", String(page));
    pages.push((await (await route.fetch({ url: url.href })).json()) as { data: unknown[] });
  }
  const data = pages.flatMap((page) => page.data);
  served = data.length;
  await route.fulfill({
    json: { data, pagination: { page: 1, limit: data.length, total: data.length, totalPages: 1, hasNext: false, hasPrev: false } },
  });
}

/** Makes 500 notifications for the technician: 50 tickets given to them, nine e-mail replies on each. */
async function fillFeed(sandboxUrl: string) {
  const event = (ticket: string, body: object) =>
    fetch(`${sandboxUrl}/__sandbox/tickets/${ticket}/events`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  for (let n = 0; n < 50; n += 1) {
    const ticket = `TIC00${1001 + n}`;
    await event(ticket, { kind: "web-assign", by: "dispatch@example.com", to: "tech@example.com" });
    for (let reply = 0; reply < 9; reply += 1) await event(ticket, { kind: "email-reply", text: `Reply ${reply + 1} about the printer` });
  }
}

await withSandboxAndBrowser({}, async (sandbox, browser) => {
  await fillFeed(sandbox.url);
  const context = await browser.newContext({ baseURL: sandbox.url, ...PHONE });
  const page = await context.newPage();
  await page.clock.install();
  await signIn(page, sandbox.url);
  await page.getByRole("list", { name: "Open tickets" }).getByRole("link").first().waitFor();
  const visible = await requestsPerHour(page, false);
  const hidden = await requestsPerHour(page, true);
  await requestsPerHour(page, false);

  await page.route(`**${FEED_PATH}?*`, fiveHundredAtOnce);
  await page.goto("/for-me");
  // The fiftieth ticket's group is not in the page until scrolled to; the list says how many it holds.
  await page.locator('[aria-setsize="50"]').first().waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const stopTrace = await startTrace(cdp);
  const started = Date.now();
  while (Date.now() - started < 15_000 && (await page.evaluate(() => innerHeight + scrollY < document.body.scrollHeight - 2))) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  const tasks = taskCpuTimes(await stopTrace())
    .map((ms) => ms * 4)
    .sort((a, b) => a - b);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  const at = (share: number) => Math.round(tasks[Math.min(tasks.length - 1, Math.floor(tasks.length * share))] ?? 0);
  const figures = {
    visiblePerHour: visible,
    hiddenPerHour: hidden,
    notificationsShown: served,
    taskP95At4xMs: at(0.95),
    longestTaskAt4xMs: at(1),
  };
  console.table(figures);
  recordFigures("forMe", figures);
  await context.close();
});
