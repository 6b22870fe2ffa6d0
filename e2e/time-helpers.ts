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
 * Playwright's clock, set back when a journey of `hours` would cross midnight in the technician's Alga zone (UTC in
 * the seed): run at 23:40, a timer journey would otherwise meet the "ran past midnight" question it does not test.
 */
export async function installClockClearOfMidnight(page: Page, hours = 2): Promise<void> {
  const now = new Date();
  const minutesToMidnight = 24 * 60 - (now.getUTCHours() * 60 + now.getUTCMinutes());
  await page.clock.install(minutesToMidnight > hours * 60 ? undefined : { time: now.getTime() - hours * 3_600_000 });
}
