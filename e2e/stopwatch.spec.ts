import type { Page } from "@playwright/test";
import {
  apiKeyFor,
  expect,
  expectNoAxeViolations,
  resetSandbox,
  serverApi,
  setFaults,
  startSignedIn,
  test,
  type TestSandbox,
} from "./fixtures";
import { ticketPage } from "./ticket-page";
import { shot } from "./kit/screen-checks";
import { installClockClearOfMidnight, minutesOf, openTicketNumber, ownEntries, timerBar, type SummaryEntry } from "./time-helpers";

test.beforeAll(resetSandbox);

test.use({ viewport: { width: 390, height: 844 } });
// Whole working sessions with the clock moved on, on a shared machine.
test.describe.configure({ timeout: 120_000 });

interface Session {
  session_id: string;
  status: string;
  segments: unknown[];
}
const activeStopwatch = async (page: Page, sandbox: TestSandbox) =>
  (await serverApi(page, sandbox.apiUrl, "/api/v1/stopwatch/active")).body.data as Session | null;

/** Minutes pass on the device and, for its open stopwatch, on the server (whose clock cannot be moved). */
async function minutesPass(page: Page, sandbox: TestSandbox, minutes: number) {
  await page.clock.fastForward(minutes * 60_000);
  const response = await fetch(`${sandbox.apiUrl}/__sandbox/stopwatch/rewind`, { method: "POST", body: JSON.stringify({ minutes }) });
  expect(response.ok).toBe(true);
}

/**
 * A newer server (the app probes it at the first start), the ticket open and its entries as they were. Each
 * journey is another technician's: a journey's moved clock leaves entries in the future, which the next one's
 * would overlap.
 */
async function onNewerServer(page: Page, sandbox: TestSandbox, email: string, number: string) {
  await setFaults(sandbox.apiUrl, { newerServer: true });
  await startSignedIn(page, sandbox.apiUrl, email);
  await installClockClearOfMidnight(page);
  const ticketId = await openTicketNumber(page, sandbox, number);
  return { ticketId, before: await ownEntries(page, sandbox, ticketId) };
}

const added = async (page: Page, sandbox: TestSandbox, ticketId: string, before: SummaryEntry[]) =>
  (await ownEntries(page, sandbox, ticketId)).filter((entry) => !before.some((old) => old.entry_id === entry.entry_id)).map(minutesOf);

test("on a newer server the timer runs on the stopwatch: paused and resumed there, logged once", async ({ page, sandbox }) => {
  const { ticketId, before } = await onNewerServer(page, sandbox, "tech@example.com", "TIC001006");
  const ticket = ticketPage(page);

  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(timerBar(page)).toContainText("TIC001006");
  await expect.poll(async () => (await activeStopwatch(page, sandbox))?.status).toBe("running");
  // Never both timers for one user (awareness §10.3).
  expect((await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries/active-session")).body.data).toBeNull();
  const { session_id: sessionId } = (await activeStopwatch(page, sandbox))!;

  await minutesPass(page, sandbox, 20);
  await expect(timerBar(page)).toContainText(/0:20:\d\d/);
  await page.getByRole("button", { name: /^Pause timer/ }).click();
  await expect.poll(async () => (await activeStopwatch(page, sandbox))?.status).toBe("paused");
  await minutesPass(page, sandbox, 15);
  await expect(timerBar(page)).toContainText(/Paused · 0:20:\d\d/);
  await page.screenshot({ path: shot("stopwatch-paused-390.png") });

  await page.getByRole("button", { name: /^Resume timer/ }).click();
  await expect.poll(async () => (await activeStopwatch(page, sandbox))?.segments.length).toBe(2);
  await minutesPass(page, sandbox, 10);
  await expect(timerBar(page)).toContainText(/0:30:\d\d/);
  await page.screenshot({ path: shot("stopwatch-running-390.png") });
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const sheet = ticket.sheet("Save the timer's time");
  await expect(sheet.getByRole("list", { name: "Entry" })).toContainText("30 min");
  await expect(sheet.getByRole("list", { name: "Worked stretches" }).getByRole("listitem")).toHaveCount(2);
  await expectNoAxeViolations(page);
  await sheet.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await sheet.getByRole("textbox", { name: "Notes" }).fill("Replaced the fuser");
  await sheet.getByRole("button", { name: "Save time entry" }).click();
  await expect(sheet).toBeHidden();

  await expect.poll(() => added(page, sandbox, ticketId, before), { timeout: 30_000 }).toEqual([30]);
  expect(await activeStopwatch(page, sandbox)).toBeNull();
  // The session was logged, not discarded: a discard of it is refused as closed.
  const key = await apiKeyFor(sandbox.apiUrl, "tech@example.com");
  const discard = await fetch(`${sandbox.apiUrl}/api/v1/stopwatch/${sessionId}`, { method: "DELETE", headers: { "x-api-key": key } });
  expect(discard.status).toBe(409);
});

test("a stopwatch discarded in Alga meanwhile is said, and the time is still saved once", async ({ page, sandbox }) => {
  const { ticketId, before } = await onNewerServer(page, sandbox, "alex.rivera@example.com", "TIC001007");
  const ticket = ticketPage(page);

  await page.getByRole("button", { name: "Start timer" }).click();
  await expect.poll(async () => (await activeStopwatch(page, sandbox))?.status).toBe("running");
  await minutesPass(page, sandbox, 25);
  const { session_id: sessionId } = (await activeStopwatch(page, sandbox))!;
  const key = await apiKeyFor(sandbox.apiUrl, "alex.rivera@example.com");
  expect((await fetch(`${sandbox.apiUrl}/api/v1/stopwatch/${sessionId}`, { method: "DELETE", headers: { "x-api-key": key } })).status).toBe(
    204,
  );

  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const sheet = ticket.sheet("Save the timer's time");
  await expect(sheet.getByRole("alert")).toContainText("already logged or discarded");
  await expect(sheet.getByRole("list", { name: "Entry" })).toContainText("25 min");
  await expectNoAxeViolations(page);
  await sheet.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await sheet.getByRole("button", { name: "Save time entry" }).click();
  await expect(sheet).toBeHidden();

  await expect.poll(() => added(page, sandbox, ticketId, before), { timeout: 30_000 }).toEqual([25]);
  await ticket.section("Time").click();
  await expect(page.getByRole("list", { name: "Time on this ticket" })).not.toContainText("Not sent yet");
  expect(await added(page, sandbox, ticketId, before)).toEqual([25]);
});

test("a log whose answer is lost is read back, not logged twice", async ({ page, sandbox }) => {
  const { ticketId, before } = await onNewerServer(page, sandbox, "jordan.lee@example.com", "TIC001009");
  const ticket = ticketPage(page);

  await page.getByRole("button", { name: "Start timer" }).click();
  await expect.poll(async () => (await activeStopwatch(page, sandbox))?.status).toBe("running");
  await minutesPass(page, sandbox, 12);
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  const sheet = ticket.sheet("Save the timer's time");
  await expect.poll(async () => (await activeStopwatch(page, sandbox))?.status).toBe("paused");

  // The log lands, its answer does not (the next mutation).
  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await sheet.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await sheet.getByRole("button", { name: "Save time entry" }).click();
  await expect(sheet).toBeHidden();

  await ticket.section("Time").click();
  const times = page.getByRole("list", { name: "Time on this ticket" });
  // The answer lost, the outbox checks whether the log arrived, finds its entry and is done.
  await expect(times).toContainText("12 min");
  await expect(times).not.toContainText(/Not sent yet|Sending…|Checking whether it arrived…/, { timeout: 30_000 });
  expect(await activeStopwatch(page, sandbox)).toBeNull();
  expect(await added(page, sandbox, ticketId, before)).toEqual([12]);
});
