import type { Page, Request } from "@playwright/test";
import { expect, expectNoAxeViolations, resetSandbox, setFaults, startSignedIn, test } from "./fixtures";
import { shot } from "./kit/screen-checks";

// What needs the technician (issue 25): the notification feed polled once a minute with the page clock.
test.beforeAll(resetSandbox);

/** Stands in for the Badging API (installed apps only) and remembers the last number shown. */
async function recordBadge(page: Page) {
  await page.addInitScript(() => {
    const shown = window as unknown as { badge: number };
    shown.badge = 0;
    navigator.setAppBadge = (count?: number) => Promise.resolve(void (shown.badge = count ?? 0));
    navigator.clearAppBadge = () => Promise.resolve(void (shown.badge = 0));
  });
}
const badgeOf = (page: Page) => page.evaluate(() => (window as unknown as { badge: number }).badge);

/** Counts the feed's requests from this page. */
/** The notification feed's polls; "my work" (type=ticket, the Mine view's additional-agent tickets) is not one. */
function isFeedRequest(request: Request) {
  const url = new URL(request.url());
  return url.pathname === "/api/v1/activities" && url.searchParams.get("type") === "notification";
}

function countFeedRequests(page: Page) {
  const counter = { count: 0 };
  page.on("request", (request) => {
    if (isFeedRequest(request)) counter.count += 1;
  });
  return counter;
}

async function ticketEvent(apiUrl: string, ticket: string, event: Record<string, unknown>) {
  const response = await fetch(`${apiUrl}/__sandbox/tickets/${ticket}/events`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(event),
  });
  expect(response.ok).toBe(true);
}

/** The page as if the technician switched to another app (or back): what the browser tells a page. */
async function setHidden(page: Page, hidden: boolean) {
  await page.evaluate((isHidden) => {
    Object.defineProperty(document, "visibilityState", { value: isHidden ? "hidden" : "visible", configurable: true });
    Object.defineProperty(document, "hidden", { value: isHidden, configurable: true });
    // It bubbles to window, where TanStack Query listens.
    document.dispatchEvent(new Event("visibilitychange", { bubbles: true }));
  }, hidden);
}

const rows = (page: Page) => page.getByRole("list", { name: "Open tickets" });
const forMeLink = (page: Page) => page.getByRole("link", { name: /^For me/ });

test("a customer's e-mail reply shows in For me and marks its row within one poll; opening it clears both tabs", async ({
  page,
  sandbox,
  context,
}) => {
  await recordBadge(page);
  await page.clock.install();
  const feed = countFeedRequests(page);
  await startSignedIn(page, sandbox.apiUrl);
  await expect.poll(() => feed.count).toBeGreaterThan(0);
  const firstRow = rows(page).getByRole("link").first();
  const ticketId = (await firstRow.getAttribute("data-ticket-id"))!;
  const ticketNumber = (await firstRow.locator(".ticket-row__number").textContent())!;
  await expect(forMeLink(page)).toHaveAccessibleName("For me");

  // A dispatcher gives the ticket to the technician in the web UI; the customer answers by e-mail, which leaves
  // updated_at alone (awareness §5): only the feed can tell.
  await ticketEvent(sandbox.apiUrl, ticketId, { kind: "web-assign", by: "dispatch@example.com", to: "tech@example.com" });
  await ticketEvent(sandbox.apiUrl, ticketId, { kind: "email-reply", text: "The printer is still jamming on tray 2" });
  await ticketEvent(sandbox.apiUrl, ticketId, {
    kind: "web-comment",
    by: "jordan.lee@example.com",
    text: "can you take this one?",
    internal: true,
    mentions: ["tech@example.com"],
  });
  await page.clock.fastForward("01:01");

  const row = rows(page).locator(`[data-ticket-id="${ticketId}"]`);
  await expect(row.getByText("New activity")).toBeVisible();
  await expect(forMeLink(page)).toHaveAccessibleName("For me, 1 ticket with something new");
  await expect.poll(() => badgeOf(page)).toBe(1);
  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 360, height: 640 },
  ]) {
    await page.setViewportSize({ width, height });
    // The assignee is read in full beside the pill, on a line of its own if need be, not cut to "Ass…".
    await expect
      .poll(() => row.locator(".ticket-row__assignee").evaluate((element) => element.scrollWidth <= element.clientWidth))
      .toBe(true);
    await page.screenshot({ path: shot(`list-${width}x${height}.png`) });
  }

  await forMeLink(page).click();
  const group = page.getByRole("region", { name: new RegExp(`Ticket ${ticketNumber}`) });
  await expect(group.getByText("New comment (by e-mail, the portal or the web)", { exact: true })).toBeVisible();
  await expect(group.getByText("The printer is still jamming on tray 2")).toBeVisible();
  await expect(group.getByText("Jordan Lee mentioned you", { exact: true })).toBeVisible();
  await expect(group.getByText("Assigned to you", { exact: true })).toBeVisible();
  await expect(page.getByText("1 ticket has something new.")).toBeVisible();
  await expectNoAxeViolations(page);
  for (const { width, height } of [
    { width: 390, height: 844 },
    { width: 360, height: 640 },
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: shot(`for-me-${width}x${height}.png`) });
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: "dark" });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shot(`for-me-dark-390x844.png`) });
  await page.emulateMedia({ colorScheme: "light" });

  const second = await context.newPage();
  await second.goto("/tickets");
  const secondRow = rows(second).locator(`[data-ticket-id="${ticketId}"]`);
  await expect(secondRow.getByText("New activity")).toBeVisible();

  await group.getByRole("link", { name: new RegExp(`Ticket ${ticketNumber}`) }).click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await expect(secondRow.getByText("New activity")).toBeHidden();
  await expect(forMeLink(second)).toHaveAccessibleName("For me");
  await expect.poll(() => badgeOf(page)).toBe(0);
});

test("no requests while hidden, one at once when shown again, and a 429 makes the next poll wait", async ({ page, sandbox }) => {
  await page.clock.install();
  const feed = countFeedRequests(page);
  await startSignedIn(page, sandbox.apiUrl);
  await expect.poll(() => feed.count).toBeGreaterThan(0);
  const settled = feed.count;

  await setHidden(page, true);
  await page.clock.fastForward("10:00");
  await setHidden(page, false);
  // The request on coming back is the first since hiding: ten minutes hidden made none.
  await expect.poll(() => feed.count).toBe(settled + 1);

  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [429], failureRoutes: ["GET /api/v1/activities"] });
  await page.clock.fastForward("01:01");
  await expect.poll(() => feed.count).toBe(settled + 2);
  // After a 429 the next poll waits two minutes, not one: a minute on, nothing; past two, one request.
  await page.clock.fastForward("01:01");
  await page.clock.fastForward("01:01");
  await expect.poll(() => feed.count).toBe(settled + 3);
  // After a second one, four minutes: three on, nothing; past four, one request, which is answered again.
  await setFaults(sandbox.apiUrl, null);
  await page.clock.fastForward("03:00");
  await page.clock.fastForward("01:05");
  await expect.poll(() => feed.count).toBe(settled + 4);
});

/** Records the system notifications the app asks its service worker to show. */
async function recordNotifications(page: Page) {
  await page.addInitScript(() => {
    const shown: { title: string; body?: string; path?: unknown }[] = [];
    (window as unknown as { notifications: typeof shown }).notifications = shown;
    ServiceWorkerRegistration.prototype.showNotification = function (title: string, options?: NotificationOptions) {
      shown.push({ title, body: options?.body, path: (options?.data as { path?: unknown } | undefined)?.path });
      return Promise.resolve();
    };
  });
}
const notificationsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { notifications: { title: string; body?: string; path?: unknown }[] }).notifications);

/** Whether the visible window has the focus (headless Chromium says no): with it the app is looked at, without it not. */
async function setFocused(page: Page, focused: boolean) {
  await page.evaluate((hasFocus) => {
    document.hasFocus = () => hasFocus;
  }, focused);
}

test("notifications are asked for in For me with the reason, and a reply shows one while the app is not looked at", async ({
  page,
  sandbox,
  context,
}) => {
  await recordNotifications(page);
  await page.clock.install();
  const feed = countFeedRequests(page);
  await startSignedIn(page, sandbox.apiUrl);
  await expect.poll(() => feed.count).toBeGreaterThan(0);
  const [looked, notLooked] = [rows(page).getByRole("link").nth(2), rows(page).getByRole("link").nth(3)];
  const [lookedId, notLookedId] = [(await looked.getAttribute("data-ticket-id"))!, (await notLooked.getAttribute("data-ticket-id"))!];
  const notLookedNumber = (await notLooked.locator(".ticket-row__number").textContent())!;
  await ticketEvent(sandbox.apiUrl, lookedId, { kind: "add-agent", by: "dispatch@example.com", agent: "tech@example.com" });
  await ticketEvent(sandbox.apiUrl, notLookedId, { kind: "add-agent", by: "dispatch@example.com", agent: "tech@example.com" });
  await page.clock.fastForward("01:01");
  await expect(rows(page).locator(`[data-ticket-id="${lookedId}"]`).getByText("New activity")).toBeVisible();

  // Never asked at start; asked from For me, with the reason, when the technician presses the button.
  await forMeLink(page).click();
  await expect(page.getByText(/can show a system notification for a new reply, assignment or mention/)).toBeVisible();
  await context.grantPermissions(["notifications"]);
  await page.getByRole("button", { name: "Turn on notifications" }).click();
  await expect(page.getByText(/^Notifications are on/)).toBeVisible();
  await page.getByRole("link", { name: "Back to tickets" }).click();

  // Looked at: the row's mark is enough. The app has taken the reply in once it asks for the list again after a
  // feed answer to a request made after the reply.
  await setFocused(page, true);
  await ticketEvent(sandbox.apiUrl, lookedId, { kind: "email-reply", text: "Thanks, that worked" });
  // Flags set in the events themselves: the list is asked for before a test step after the answer would run.
  const askedAfterReply = new Set<Request>();
  let replyAnswered = false;
  page.on("request", (request) => isFeedRequest(request) && askedAfterReply.add(request));
  page.on("response", (response) => (replyAnswered ||= askedAfterReply.has(response.request())));
  const listAskedAfter = page.waitForRequest((request) => replyAnswered && new URL(request.url()).pathname === "/api/v1/tickets");
  await page.clock.fastForward("01:01");
  await listAskedAfter;

  // Behind another window: the next reply shows a system notification about its ticket, and only it (the one
  // above arrived while looked at).
  await setFocused(page, false);
  await ticketEvent(sandbox.apiUrl, notLookedId, { kind: "email-reply", text: "Still broken" });
  await page.clock.fastForward("01:01");
  await expect
    .poll(() => notificationsOf(page))
    .toEqual([
      { title: `Ticket ${notLookedNumber}`, body: "New comment (by e-mail, the portal or the web)", path: `/tickets/${notLookedId}` },
    ]);
});

test("status changes and SLA warnings in words; offline, For me shows the last inbox it had, marked as such", async ({
  page,
  sandbox,
  context,
}) => {
  await ticketEvent(sandbox.apiUrl, "TIC001002", { kind: "web-assign", by: "dispatch@example.com", to: "tech@example.com" });
  await ticketEvent(sandbox.apiUrl, "TIC001002", { kind: "web-status", by: "dispatch@example.com", status: "Scheduled" });
  await ticketEvent(sandbox.apiUrl, "TIC001002", { kind: "sla-warning", threshold: 80 });
  await page.clock.install();
  await startSignedIn(page, sandbox.apiUrl);
  await forMeLink(page).click();
  const group = page.getByRole("region", { name: /Ticket TIC001002/ });
  await expect(group.getByText("SLA deadline getting close", { exact: true })).toBeVisible();
  await expect(group.getByText("Status changed", { exact: true })).toBeVisible();
  await expect(group.getByText(/Scheduled/)).toBeVisible();
  await context.setOffline(true);
  await expect(page.getByText(/^Offline: showing what had arrived by /)).toBeVisible();
  await expect(page.getByRole("region").first()).toBeVisible();
  await context.setOffline(false);
});

test("a server without the feed: For me explains in one line, no errors", async ({ page, sandbox }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await setFaults(sandbox.apiUrl, { withoutActivities: true });
  await page.clock.install();
  const feed = countFeedRequests(page);
  await startSignedIn(page, sandbox.apiUrl);
  await expect.poll(() => feed.count).toBe(1);
  await forMeLink(page).click();
  await expect(page.getByText("This Alga server is too old to tell the app what needs you")).toBeVisible();
  await expect(page.getByRole("button", { name: "Mark all seen" })).toHaveCount(0);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);
  // Asked once at the next start (the server may have been upgraded), then not again however long it runs.
  await page.goto("/tickets");
  await expect(rows(page).getByRole("link").first()).toBeVisible();
  await expect.poll(() => feed.count).toBe(2);
  await page.clock.fastForward("05:00");
  await page.getByRole("button", { name: "Refresh tickets" }).click();
  await expect(rows(page).getByRole("link").first()).toBeVisible();

  // The list still marks what it can know: a ticket opened here that a colleague changed since.
  const [opened, other] = [rows(page).getByRole("link").nth(0), rows(page).getByRole("link").nth(1)];
  const [openedId, otherId] = [(await opened.getAttribute("data-ticket-id"))!, (await other.getAttribute("data-ticket-id"))!];
  await opened.click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await page.getByRole("link", { name: "Back to tickets" }).click();
  for (const ticket of [openedId, otherId]) {
    await ticketEvent(sandbox.apiUrl, ticket, { kind: "web-assign", by: "dispatch@example.com", to: "tech@example.com" });
  }
  await page.getByRole("button", { name: "Refresh tickets" }).click();
  const openedRow = rows(page).locator(`[data-ticket-id="${openedId}"]`);
  await expect(openedRow.getByText("New activity")).toBeVisible();
  await expect(rows(page).locator(`[data-ticket-id="${otherId}"]`).getByText("New activity")).toHaveCount(0);
  await openedRow.click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await page.getByRole("link", { name: "Back to tickets" }).click();
  await expect(openedRow).toBeVisible();
  await expect(openedRow.getByText("New activity")).toHaveCount(0);
  // Every screen above read the feed, five minutes and more after it was asked.
  expect(feed.count).toBe(2);
  expect(errors).toEqual([]);
});

test("with fifty tickets in For me: newest first, every one reached by scrolling and by Tab, the place kept after a ticket", async ({
  page,
  sandbox,
}) => {
  // A fresh seed: the fifty tickets below are then all the groups there are, in a known order.
  expect((await fetch(`${sandbox.apiUrl}/__sandbox/reset`, { method: "POST" })).ok).toBe(true);
  const numbers = Array.from({ length: 50 }, (_, n) => `TIC00${1001 + n}`);
  for (const ticket of numbers) {
    await ticketEvent(sandbox.apiUrl, ticket, { kind: "web-assign", by: "dispatch@example.com", to: "tech@example.com" });
    // A comment's notification names the ticket's number; an assignment's alone does not.
    await ticketEvent(sandbox.apiUrl, ticket, { kind: "email-reply", text: "Is anyone on this?" });
  }
  await ticketEvent(sandbox.apiUrl, "TIC001020", { kind: "email-reply", text: "Any news on the printer?" });
  const newestFirst = ["TIC001020", ...numbers.filter((number) => number !== "TIC001020").reverse()];
  await page.clock.install();
  await startSignedIn(page, sandbox.apiUrl);
  await forMeLink(page).click();

  const groups = page.getByRole("region");
  const groupOf = (number: string) =>
    page.getByRole("listitem").filter({ has: page.getByRole("region", { name: new RegExp(`Ticket ${number}\\b`) }) });
  await expect(groups.first()).toHaveAccessibleName(/Ticket TIC001020\b/);
  await expect(groupOf("TIC001020")).toHaveAttribute("aria-posinset", "1");
  await expect(groupOf("TIC001020")).toHaveAttribute("aria-setsize", "50");
  // Only the groups near the screen are in the page: fifty at once made scrolling stutter on a phone.
  expect(await groups.count()).toBeLessThan(20);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shot("for-me-fifty-390x844.png") });

  // Every ticket's link is reached by Tab, in order, although most groups are not in the page when it starts.
  const focused = page.locator(":focus");
  await groups.first().getByRole("link").focus();
  for (const number of newestFirst.slice(1)) {
    await page.keyboard.press("Tab");
    await expect(focused).toHaveAccessibleName(new RegExp(`^Ticket ${number}\\b`));
  }
  await expect(groupOf("TIC001001")).toHaveAttribute("aria-posinset", "50");
  await expectNoAxeViolations(page);

  // Scrolled back to the top and down again by the window, the oldest is at the end; back from its ticket, still there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(groups.first()).toHaveAccessibleName(/Ticket TIC001020\b/);
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(groupOf("TIC001001")).toBeInViewport();
  }).toPass();
  const scrolled = await page.evaluate(() => window.scrollY);
  await groupOf("TIC001001").getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await page.goBack();
  await expect(groupOf("TIC001001")).toBeInViewport();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(50);
  await page.screenshot({ path: shot("for-me-fifty-end-390x844.png") });
});
