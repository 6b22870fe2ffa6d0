import type { Page } from "@playwright/test";
import { expect, formListsLoaded, resetSandbox, serverApi, storedJson, test } from "./fixtures";
import { newTicketForm, realTicketUrl, ticketsTitled } from "./new-ticket-form";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test.use({ signedIn: true });
// Each journey waits for the lists to be saved on the device, then for the outbox after reconnecting.
test.slow();

interface SavedQuery {
  queryKey: unknown[];
  state: { data: unknown };
}

interface Board {
  board_id: string;
  board_name: string;
}

interface Client {
  client_id: string;
  client_name: string;
}

interface TicketListPage {
  data: { client_id: string; client_name: string }[];
}

/**
 * The form's lists as saved on this device (the persisted query cache in IndexedDB, both records), found by the
 * end of their query keys (which start with the server and the user).
 */
async function savedFormLists(page: Page) {
  const records = JSON.parse(await storedJson(page, "alga.queryCache:")) as string[];
  const saved = records.flatMap((record) => (JSON.parse(record) as { clientState: { queries: SavedQuery[] } }).clientState.queries);
  const find = (...tail: unknown[]) => saved.find((query) => JSON.stringify(query.queryKey.slice(3)) === JSON.stringify(tail))?.state.data;
  const boards = find("reference", "boards") as Board[] | undefined;
  const tickets = saved.flatMap(({ queryKey, state }) => {
    if (queryKey[3] !== "tickets") return [];
    if (queryKey[4] === "list") return (state.data as { pages: TicketListPage[] }).pages.flatMap((page) => page.data);
    return queryKey[4] === "detail" && queryKey.length === 6 ? [state.data as TicketListPage["data"][number]] : [];
  });
  return {
    boards,
    boardsWithStatuses: boards?.filter((board) => find("tickets", "statuses", board.board_id) !== undefined).length,
    priorities: find("tickets", "priorities") as unknown[] | undefined,
    clients: find("reference", "clients", "") as Client[] | undefined,
    firstRowClient: tickets[0],
    /** Clients of the tickets on the device: the ones whose contacts the app keeps. */
    ticketClientIds: new Set(tickets.map((ticket) => ticket.client_id)),
    hasContactsOf: (clientId: string) => find("reference", "contacts", clientId, "") !== undefined,
  };
}

/** Waits, without opening the form, until the app has loaded the form's lists after sign-in and saved them on the device. */
async function formListsSavedAfterSignIn(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
  await expect
    .poll(
      async () => {
        const lists = await savedFormLists(page);
        return (
          (await formListsLoaded(page)) &&
          Boolean(lists.boards?.length && lists.priorities?.length && lists.clients?.length && lists.firstRowClient) &&
          lists.boardsWithStatuses === lists.boards!.length &&
          lists.hasContactsOf(lists.firstRowClient!.client_id)
        );
      },
      { message: "the create form's lists are saved on the device after sign-in", timeout: 30_000 },
    )
    .toBe(true);
  return savedFormLists(page);
}

test("a ticket is created offline with lists saved at sign-in, the form never opened online", async ({ page, context, sandbox }) => {
  const lists = await formListsSavedAfterSignIn(page);
  const client = lists.firstRowClient!;
  // Not the default board: its own statuses must be on the device too.
  const board = lists.boards!.at(-1)!;

  await context.setOffline(true);
  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  await expect(form.form).toContainText("You're offline");
  const title = `Offline lists ${Date.now()}`;
  await form.title.fill(title);
  await form.chooseClient(client.client_name);
  await form.contact.click();
  const contact = page.getByRole("dialog", { name: "Contact" }).getByRole("list", { name: "Contacts" }).getByRole("button").first();
  const contactName = (await contact.locator("span").first().textContent())!;
  await contact.click();
  await expect(form.contact).toContainText(contactName);
  await form.board.selectOption({ label: board.board_name });
  await expect(form.status).toHaveValue(/.+/);
  await form.priority.selectOption({ label: "High" });
  await form.create.click();
  await expect(page).toHaveURL(/\/tickets\/new-/);
  await expect(page.getByRole("status").filter({ hasText: "Waiting to send" }).first()).toBeVisible();

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page).toHaveURL(realTicketUrl, { timeout: 30_000 });
  const tickets = await ticketsTitled(page, sandbox.apiUrl, title);
  expect(tickets).toHaveLength(1);
  const created = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${tickets[0]!.ticket_id}`)).body.data as {
    client_id: string;
    board_id: string;
    contact_name: string | null;
  };
  expect(created).toMatchObject({ client_id: client.client_id, board_id: board.board_id, contact_name: contactName });
});

test("offline, a client whose contacts were never loaded says they are not on this device, not that it has none", async ({
  page,
  context,
}) => {
  const lists = await formListsSavedAfterSignIn(page);
  // A client of no ticket on the device: its contacts were never loaded (the server lists three for each).
  const neverLoaded = lists.clients!.find((client) => !lists.ticketClientIds.has(client.client_id));
  expect(neverLoaded, "a client of no ticket on the device").toBeDefined();
  expect(lists.hasContactsOf(neverLoaded!.client_id)).toBe(false);

  await context.setOffline(true);
  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  await form.chooseClient(neverLoaded!.client_name);
  await form.contact.click();
  const sheet = page.getByRole("dialog", { name: "Contact" });
  await expect(sheet).toContainText("Contacts of this client are not on this device yet — connect once to load them.");
  await expect(sheet).not.toContainText("no contacts");
});
