import type { Page } from "@playwright/test";
import { apiKeyFor, expect, expectNoAxeViolations, resetSandbox, serverApi, storedJson, test, type TestSandbox } from "./fixtures";
import { ticketPage } from "./ticket-page";
import { shot } from "./kit/screen-checks";
import { installClockClearOfMidnight, minutesOf, openTicketNumber, ownEntries, timerBar, type SummaryEntry } from "./time-helpers";

test.beforeAll(resetSandbox);

test.use({ signedIn: true });
// Whole working sessions with the clock moved on, on a shared machine.
test.describe.configure({ timeout: 120_000 });

/** The minutes of the entries on the ticket that were not there `before`, once all are stopped. */
async function addedMinutes(page: Page, sandbox: TestSandbox, ticketId: string, before: SummaryEntry[]) {
  const added = (await ownEntries(page, sandbox, ticketId)).filter((entry) => !before.some((old) => old.entry_id === entry.entry_id));
  return added.map(minutesOf).sort((a, b) => (a ?? 0) - (b ?? 0));
}

test("a timer keeps running through a reload and going offline, and lands once with the time worked", async ({
  page,
  context,
  sandbox,
}) => {
  await installClockClearOfMidnight(page);
  const ticketId = await openTicketNumber(page, sandbox, "TIC001001");
  const before = await ownEntries(page, sandbox, ticketId);
  const ticket = ticketPage(page);

  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(timerBar(page)).toContainText("TIC001001");
  // Online, the server's timer runs too (fieldkit §4.6).
  await expect.poll(async () => (await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/active-session")).body.data).not.toBeNull();

  await page.clock.fastForward("20:00");
  await page.reload();
  await expect(timerBar(page)).toContainText(/0:20:\d\d/);

  await page.getByRole("button", { name: /^Pause timer/ }).click();
  await page.clock.fastForward("15:00");
  await expect(timerBar(page)).toContainText(/Paused · 0:20:\d\d/);
  await page.getByRole("button", { name: /^Resume timer/ }).click();
  await page.clock.fastForward("10:00");

  await context.setOffline(true);
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const sheet = ticket.sheet("Save the timer's time");
  await expect(sheet.getByRole("list", { name: "Entry" })).toContainText("30 min");
  await expect(sheet).toContainText(/paused 15 min in all/);
  await expectNoAxeViolations(page);
  await sheet.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await sheet.getByRole("textbox", { name: "Notes" }).fill("Swapped the dock");
  await sheet.getByRole("button", { name: "Save time entry" }).click();
  await expect(sheet).toBeHidden();
  await expect(timerBar(page)).toBeHidden();
  await ticket.section("Time").click();
  await expect(page.getByRole("list", { name: "Time on this ticket" })).toContainText("Not sent yet");

  await context.setOffline(false);
  // One entry: the server's timer became it (no running entry beside it), as long as the time worked.
  await expect.poll(() => addedMinutes(page, sandbox, ticketId, before), { timeout: 30_000 }).toEqual([30]);
  expect((await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/active-session")).body.data).toBeNull();
  await expect(page.getByRole("list", { name: "Time on this ticket" })).not.toContainText("Not sent yet");
});

test("the timer's bar shows on the list without covering it, and a tap goes back to the ticket", async ({ page, sandbox }) => {
  const ticketId = await openTicketNumber(page, sandbox, "TIC001005");
  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(timerBar(page)).toContainText("TIC001005");
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: "Back to tickets" }).click();
  const firstRow = page.getByRole("list", { name: "Open tickets" }).getByRole("listitem").first();
  await expect(firstRow).toBeVisible();
  const bar = (await timerBar(page).boundingBox())!;
  const topBar = (await page.getByRole("banner").first().boundingBox())!;
  expect(topBar.y).toBeGreaterThanOrEqual(bar.y + bar.height - 1);
  expect((await firstRow.boundingBox())!.y).toBeGreaterThanOrEqual(bar.y + bar.height);
  await expectNoAxeViolations(page);

  await timerBar(page).getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticketId}$`));
  // On the ticket the dock stays clear: the bar is at the top.
  const dock = (await page.getByRole("button", { name: "Stop", exact: true }).boundingBox())!;
  expect(dock.y).toBeGreaterThan((await timerBar(page).boundingBox())!.y + 44);

  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await ticketPage(page).sheet("Save the timer's time").getByRole("button", { name: "Discard timer…" }).click();
  await ticketPage(page).sheet("Save the timer's time").getByRole("button", { name: "Discard timer" }).click();
  await expect(timerBar(page)).toBeHidden();
});

test("starting a second timer asks what to do with the first", async ({ page, sandbox }) => {
  await installClockClearOfMidnight(page);
  const first = await openTicketNumber(page, sandbox, "TIC001006");
  const firstBefore = await ownEntries(page, sandbox, first);
  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(timerBar(page)).toContainText("TIC001006");
  await page.clock.fastForward("12:00");

  await openTicketNumber(page, sandbox, "TIC001007");
  const ticket = ticketPage(page);
  await page.getByRole("button", { name: "Start timer" }).click();
  const question = ticket.sheet("A timer is running");
  await expect(question).toContainText("A timer is running on TIC001006");
  await expectNoAxeViolations(page);
  await question.getByRole("button", { name: "Cancel" }).click();
  await expect(timerBar(page)).toContainText("TIC001006");

  await page.getByRole("button", { name: "Start timer" }).click();
  await question.getByRole("button", { name: "Stop and save TIC001006 first" }).click();
  const review = ticket.sheet("A timer is running").getByRole("form", { name: "Save the timer's time" });
  await review.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await review.getByRole("button", { name: "Save time entry" }).click();
  await expect(timerBar(page)).toContainText("TIC001007");
  await expect.poll(() => addedMinutes(page, sandbox, first, firstBefore), { timeout: 30_000 }).toEqual([12]);
});

test("a timer left running over midnight asks before it is saved, and can be split per day", async ({ page, sandbox }) => {
  const evening = new Date();
  evening.setHours(22, 0, 0, 0);
  evening.setDate(evening.getDate() - 2);
  await page.clock.install({ time: evening });
  const ticketId = await openTicketNumber(page, sandbox, "TIC001008");
  const before = await ownEntries(page, sandbox, ticketId);
  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(timerBar(page)).toContainText("TIC001008");
  await page.clock.fastForward("03:00:00");
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const sheet = ticketPage(page).sheet("Save the timer's time");
  await expect(sheet).toContainText("This timer ran past midnight");
  await expectNoAxeViolations(page);
  await sheet.getByRole("button", { name: "Split it per day" }).click();
  const parts = sheet.getByRole("list", { name: "Entries, one per day" }).getByRole("listitem");
  await expect(parts).toHaveCount(2);
  await expect(parts.first()).toContainText("2 h");
  await expect(parts.last()).toContainText("1 h");
  await sheet.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await sheet.getByRole("button", { name: "Save 2 entries" }).click();
  await expect.poll(() => addedMinutes(page, sandbox, ticketId, before), { timeout: 30_000 }).toEqual([60, 120]);
});

test("on a tablet, the timer starts, stops and saves by keyboard", async ({ page, sandbox }) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  await installClockClearOfMidnight(page);
  const ticketId = await openTicketNumber(page, sandbox, "TIC001009");
  const before = await ownEntries(page, sandbox, ticketId);
  await page.getByRole("button", { name: "Start timer" }).focus();
  await page.keyboard.press("Enter");
  await expect(timerBar(page)).toContainText("TIC001009");
  await page.clock.fastForward("05:00");
  await page.getByRole("button", { name: "Stop", exact: true }).focus();
  await page.keyboard.press("Enter");
  const sheet = ticketPage(page).sheet("Save the timer's time");
  await expect(sheet).toBeVisible();
  await sheet.getByRole("combobox", { name: "Service" }).focus();
  await page.keyboard.press("ArrowDown");
  await sheet.getByRole("textbox", { name: "Notes" }).focus();
  await page.keyboard.type("Keyboard only");
  await page.keyboard.press("Enter");
  await expect(sheet).toBeHidden();
  await expect.poll(() => addedMinutes(page, sandbox, ticketId, before), { timeout: 30_000 }).toEqual([5]);
});

test("signing out names the timer, offers to log it first, and ends the server's timer", async ({ page, sandbox }) => {
  const ticketId = await openTicketNumber(page, sandbox, "TIC001003");
  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(timerBar(page)).toContainText("TIC001003");
  await expect
    .poll(async () => (await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/active-session")).body.data)
    .toMatchObject({ work_item_id: ticketId });
  // And the device has recorded its id: leaving the page at once can cut that write off.
  const { session_id: sessionId } = (await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/active-session")).body.data as {
    session_id: string;
  };
  await expect.poll(() => storedJson(page, "alga.timer:")).toContain(sessionId);

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  const warning = page.getByRole("alertdialog");
  await expect(warning).toContainText("The timer on TIC001003 is running");
  await warning.getByRole("button", { name: "Stop and log it" }).click();
  await expect(page).toHaveURL(new RegExp(`/tickets/${ticketId}$`));
  await expect(ticketPage(page).sheet("Save the timer's time")).toBeVisible();

  // The technician changes their mind: the timer is deleted with the rest, and Alga's timer ends too.
  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(warning).toContainText("The timer on TIC001003 is paused");
  await warning.getByRole("button", { name: "Sign out and delete" }).click();
  await expect(page).toHaveURL(/\/signin/);
  const key = await apiKeyFor(sandbox.apiUrl, "tech@example.com");
  const active = await fetch(`${sandbox.apiUrl}/api/v1/time-entries/active-session`, { headers: { "x-api-key": key } });
  expect(((await active.json()) as { data: unknown }).data).toBeNull();
});

test("a timer another device runs is named, and Stop it hands the server's timer to this one", async ({ page, sandbox }) => {
  // The other device: the server's one timer runs on TIC001235 before this device starts one.
  const other = await openTicketNumber(page, sandbox, "TIC001235");
  const services = (await serverApi(page, sandbox.apiUrl, "/api/v1/services?is_active=true&limit=5")).body.data as { service_id: string }[];
  const started = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/start-tracking", {
    method: "POST",
    data: { work_item_type: "ticket", work_item_id: other, service_id: services[0]!.service_id },
  });
  expect(started.status).toBe(201);

  const here = await openTicketNumber(page, sandbox, "TIC001008");
  await page.getByRole("button", { name: "Start timer" }).click();
  const warning = timerBar(page).getByRole("alert");
  await expect(warning).toContainText("A timer runs on TIC001235 from another device");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: shot("timer-on-another-device.png") });

  await warning.getByRole("button", { name: "Stop it" }).click();
  await expect(warning).toBeHidden();
  await expect
    .poll(
      async () =>
        ((await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/active-session")).body.data as { work_item_id: string } | null)
          ?.work_item_id,
    )
    .toBe(here);
  await expect(timerBar(page)).toContainText("TIC001008");
});
