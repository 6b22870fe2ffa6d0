import type { Page } from "@playwright/test";
import { expect, serverApi, type TestSandbox } from "./fixtures";

/** Opens a seeded ticket by its number (the journey seed puts fixed states on fixed numbers). */
export async function openTicketNumber(page: Page, sandbox: TestSandbox, number: string): Promise<string> {
  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets?search=${number}`);
  const ticketId = (body.data as { ticket_id: string; ticket_number: string }[]).find(
    (ticket) => ticket.ticket_number === number,
  )!.ticket_id;
  await page.goto(`/tickets/${ticketId}`);
  await expect(page.getByRole("heading", { name: "Description" })).toBeAttached();
  return ticketId;
}

export interface SummaryEntry {
  entry_id: string;
  is_own: boolean;
  start_time: string;
  end_time: string | null;
  billable_duration: number;
}

/** The caller's own entries on a ticket, as the server has them (fieldkit §4.5). */
export async function ownEntries(page: Page, sandbox: TestSandbox, ticketId: string): Promise<SummaryEntry[]> {
  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/time-entries`);
  return (body.data as { entries: SummaryEntry[] }).entries.filter((entry) => entry.is_own);
}

export const minutesOf = (entry: SummaryEntry) =>
  entry.end_time ? Math.round((Date.parse(entry.end_time) - Date.parse(entry.start_time)) / 60_000) : null;

/** The timer's bar at the top of every screen. */
export const timerBar = (page: Page) => page.getByRole("region", { name: "Timer" });

/**
 * Playwright's clock, set back when `hours` of work before or after now would cross midnight in the technician's Alga
 * zone (UTC in the seed): run at 23:40 or 00:20, a journey would meet the "ran past midnight" question, or entries
 * named with two days, that it does not test. Installed before the page loads the app.
 */
export async function installClockClearOfMidnight(page: Page, hours = 2): Promise<void> {
  const now = Date.now();
  const day = 24 * 3_600_000;
  const nearestMidnight = Math.round(now / day) * day;
  await page.clock.install(Math.abs(now - nearestMidnight) > hours * 3_600_000 ? undefined : { time: nearestMidnight - hours * 3_600_000 });
}

/** The page's own time: with a clock set back, not the test's. */
export const pageNow = async (page: Page) => new Date(await page.evaluate(() => Date.now()));
