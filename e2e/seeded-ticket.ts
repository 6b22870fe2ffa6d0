import type { Page } from "@playwright/test";
import { expect, serverApi } from "./fixtures";

/** Opens a seeded ticket by its number (the journey seed, server/db/seed/journey-tickets.ts, puts checklists and SLA states on fixed ones). */
export async function openSeededTicket(page: Page, apiUrl: string, number: string): Promise<string> {
  const list = await serverApi(page, apiUrl, `/api/v1/tickets?ticket_number=${number}&fields=mobile_list`);
  const ticketId = (list.body.data as { ticket_id: string }[])[0]!.ticket_id;
  await page.goto(`/tickets/${ticketId}`);
  await expect(page.getByRole("heading", { name: "Description" })).toBeAttached();
  return ticketId;
}
