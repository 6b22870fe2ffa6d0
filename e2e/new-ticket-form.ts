import type { Page } from "@playwright/test";
import { expect, serverApi } from "./fixtures";

export interface ServerTicket {
  ticket_id: string;
  title: string;
  assigned_to: string | null;
  client_id: string;
}

/** The address of a ticket the server created (a queued one has a temporary `new-…` id). */
export const realTicketUrl = /\/tickets\/[0-9a-f]{8}-[0-9a-f]{4}-/;

/** The new-ticket form, the way a technician names its parts. */
export function newTicketForm(page: Page) {
  const form = page.getByRole("form", { name: "New ticket" });
  return {
    form,
    title: form.getByRole("textbox", { name: /^Title/ }),
    client: form.getByRole("button", { name: /^Client/ }),
    contact: form.getByRole("button", { name: /^Contact/ }),
    location: form.getByRole("combobox", { name: "Location" }),
    board: form.getByRole("combobox", { name: /^Board/ }),
    status: form.getByRole("combobox", { name: /^Status/ }),
    priority: form.getByRole("combobox", { name: /^Priority/ }),
    description: form.getByRole("textbox", { name: "Description" }),
    create: form.getByRole("button", { name: "Create ticket" }),

    /** Fills the required fields: the title, the first client the server lists, High priority. */
    async fill(title: string) {
      await this.title.fill(title);
      await this.client.click();
      const sheet = page.getByRole("dialog", { name: "Client" });
      await sheet.getByRole("list", { name: "Clients" }).getByRole("button").first().click();
      await expect(sheet).toBeHidden();
      await this.priority.selectOption({ label: "High" });
      await expect(this.status).toHaveValue(/.+/);
    },

    /** Opens the Client picker and picks `name`. */
    async chooseClient(name: string) {
      await this.client.click();
      const sheet = page.getByRole("dialog", { name: "Client" });
      await sheet.getByRole("list", { name: "Clients" }).getByRole("button", { name }).click();
      await expect(sheet).toBeHidden();
      await expect(this.client).toContainText(name);
    },
  };
}

/** The tickets on the server with exactly this title. */
export async function ticketsTitled(page: Page, apiUrl: string, title: string): Promise<ServerTicket[]> {
  const { body } = await serverApi(page, apiUrl, `/api/v1/tickets?search=${encodeURIComponent(title)}&limit=100`);
  return (body.data as ServerTicket[]).filter((ticket) => ticket.title === title);
}
