import {
  expect,
  expectNoAxeViolations,
  openFirstTicket,
  readStored,
  resetSandbox,
  serverApi,
  setFaults,
  storedJson,
  test,
} from "./fixtures";
import { newTicketForm, realTicketUrl, ticketsTitled } from "./new-ticket-form";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test.use({ signedIn: true });
// Each journey signs in, fills a whole form and waits for the outbox (some through an outage or a retry with backoff).
test.slow();

test("a ticket created online opens at once and is on the server, assigned to me", async ({ page, sandbox }) => {
  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  const title = `Printer offline ${Date.now()}`;
  await form.fill(title);
  await expect(form.board).toHaveValue(/.+/);
  await form.description.fill("Paper jam on floor 2");
  await form.create.click();

  await expect(page).toHaveURL(realTicketUrl, { timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  const [created] = await ticketsTitled(page, sandbox.apiUrl, title);
  const { userId } = await serverApi(page, sandbox.apiUrl, "/api/v1/tickets/stats");
  expect(created?.assigned_to).toBe(userId);
  expect(page.url()).toContain(created!.ticket_id);
  // The form is gone from the history: Back leads to the list.
  await page.goBack();
  await expect(page).toHaveURL(/\/tickets(\?|$)/);
});

test("created offline with a note before it exists: both land once, the note on the new ticket", async ({ page, context, sandbox }) => {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
  // Once online, the form's lists are loaded (as after any earlier visit), then the signal goes.
  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  await expect(form.priority.locator("option")).not.toHaveCount(1);
  await form.client.click();
  await expect(
    page.getByRole("dialog", { name: "Client" }).getByRole("list", { name: "Clients" }).getByRole("button").first(),
  ).toBeVisible();
  await page.keyboard.press("Escape");

  await context.setOffline(true);
  const title = `Offline ticket ${Date.now()}`;
  await form.fill(title);
  await expect(form.form).toContainText("You're offline");
  await form.create.click();
  await expect(page).toHaveURL(/\/tickets\/new-/);
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Waiting to send" }).first()).toBeVisible();

  // The list shows it first, marked.
  await page.getByRole("link", { name: "Back to tickets" }).click();
  const firstRow = page.getByRole("list", { name: "Open tickets" }).getByRole("link").first();
  await expect(firstRow).toContainText(title);
  await expect(firstRow).toContainText("Waiting to send");
  await firstRow.click();

  const note = `Before it exists ${Date.now()}`;
  await ticketPage(page).sendNote(note);
  await expect(ticketPage(page).pending).toContainText("Internal note");

  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page).toHaveURL(realTicketUrl, { timeout: 30_000 });
  await expect(page.locator(".comment").filter({ hasText: note })).toHaveCount(1, { timeout: 30_000 });

  const tickets = await ticketsTitled(page, sandbox.apiUrl, title);
  expect(tickets).toHaveLength(1);
  const comments = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${tickets[0]!.ticket_id}/comments`)).body.data as {
    comment_text: string;
  }[];
  expect(comments.filter((comment) => comment.comment_text === note)).toHaveLength(1);
});

test("a create whose answer was lost makes exactly one ticket", async ({ page, sandbox }) => {
  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  const title = `Lost answer ${Date.now()}`;
  await form.fill(title);
  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await form.create.click();

  await expect(page).toHaveURL(realTicketUrl, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  expect(await ticketsTitled(page, sandbox.apiUrl, title)).toHaveLength(1);
});

test("a create the server refuses stays on the form, with the server's words on the field", async ({ page, sandbox }) => {
  // A location that moved to another client since it was picked: the server refuses it (field-kit contract §1.1).
  const clients = (await serverApi(page, sandbox.apiUrl, "/api/v1/clients?limit=5&sort=client_name&order=asc")).body.data as {
    client_id: string;
    client_name: string;
  }[];
  const [client, other] = clients;
  const locations = (await serverApi(page, sandbox.apiUrl, `/api/v1/clients/${other!.client_id}/locations`)).body.data as {
    location_id: string;
    location_name: string;
  }[];
  const session = (await readStored(page, "alga.session")) as { server: string; user: { id: string; name: string } };
  const title = `Refused ${Date.now()}`;
  await page.evaluate(
    ({ key, draft }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("keyval-store");
        open.onsuccess = () => {
          const put = open.result.transaction("keyval", "readwrite").objectStore("keyval").put({ draft, savedAt: Date.now() }, key);
          put.onsuccess = () => resolve();
          put.onerror = () => reject(put.error);
        };
      }),
    {
      key: `alga.draft:${session.server}:${session.user.id}:new`,
      draft: {
        title,
        description: "Kept when refused",
        client: { id: client!.client_id, name: client!.client_name },
        contact: null,
        location: { id: locations[0]!.location_id, name: locations[0]!.location_name },
        board: null,
        status: null,
        category: null,
        priority: null,
        assignee: { id: session.user.id, name: session.user.name },
      },
    },
  );

  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  await expect(form.title).toHaveValue(title);
  await form.priority.selectOption({ label: "High" });
  await expect(form.status).toHaveValue(/.+/);
  await form.create.click();

  await expect(page.getByRole("alert").filter({ hasText: "did not create this ticket" })).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/\/tickets\/new/);
  await expect(form.location).toHaveAccessibleDescription(/Location does not belong to the selected client/);
  await expect(form.title).toHaveValue(title);
  await expect(form.description).toHaveValue("Kept when refused");
  await expectNoAxeViolations(page);

  // Corrected, it is created once.
  await form.location.selectOption({ index: 0 });
  await page.getByRole("button", { name: "Send again" }).click();
  await expect(page).toHaveURL(realTicketUrl, { timeout: 15_000 });
  expect(await ticketsTitled(page, sandbox.apiUrl, title)).toHaveLength(1);
});

test("New ticket for this client opens the form with the ticket's client and contact", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const ticket = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as {
    client_name: string;
    contact_name: string | null;
  };
  await ticketPage(page).section("Details").click();
  await page.getByRole("link", { name: "New ticket for this client" }).click();
  const form = newTicketForm(page);
  await expect(form.client).toContainText(ticket.client_name);
  if (ticket.contact_name) await expect(form.contact).toContainText(ticket.contact_name);
  await expect(form.board).toHaveValue(/.+/);
  await expect(form.status).toHaveValue(/.+/);
});

test("the form says what is missing, keeps the draft, and has no axe violations", async ({ page }) => {
  await page.getByRole("link", { name: "New ticket" }).click();
  const form = newTicketForm(page);
  await form.create.click();
  await expect(form.title).toBeFocused();
  await expect(form.title).toHaveAccessibleDescription(/Enter a title/);
  await expect(form.client).toHaveAccessibleDescription(/Choose the client/);
  await expectNoAxeViolations(page);

  await form.client.click();
  await expect(
    page.getByRole("dialog", { name: "Client" }).getByRole("list", { name: "Clients" }).getByRole("button").first(),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");

  await form.title.fill("Draft kept while typing");
  await expect.poll(() => storedJson(page, "alga.draft:")).toContain("Draft kept while typing");
  await page.reload();
  await expect(newTicketForm(page).title).toHaveValue("Draft kept while typing");
});

test.describe("tablet by keyboard, 1180×820", () => {
  test.use({ viewport: { width: 1180, height: 820 } });

  test("fills and sends the form with the keyboard alone", async ({ page, sandbox }) => {
    await page.getByRole("link", { name: "New ticket" }).focus();
    await page.keyboard.press("Enter");
    const form = newTicketForm(page);
    await form.title.focus();
    const title = `Keyboard ticket ${Date.now()}`;
    await page.keyboard.type(title);
    await page.keyboard.press("Tab");
    await expect(form.client).toBeFocused();
    await page.keyboard.press("Enter");
    const sheet = page.getByRole("dialog", { name: "Client" });
    await expect(sheet.getByRole("searchbox")).toBeFocused();
    const firstClient = sheet.getByRole("list", { name: "Clients" }).getByRole("button").first();
    await expect(firstClient).toBeVisible();
    const clientName = (await firstClient.locator("span").first().textContent())!;
    await page.keyboard.type(clientName.slice(0, 4));
    await expect(sheet.getByRole("list", { name: "Clients" }).getByRole("button").first()).toContainText(clientName.slice(0, 4));
    while (
      !(await sheet
        .getByRole("list", { name: "Clients" })
        .getByRole("button")
        .first()
        .evaluate((element) => element === document.activeElement))
    )
      await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(form.client).toBeFocused();
    await expect(form.client).not.toContainText("Choose a client");

    await form.priority.focus();
    await page.keyboard.type("High");
    await expect(form.priority.locator("option:checked")).toHaveText("High");
    await form.description.focus();
    await page.keyboard.type("Typed on a tablet");
    await page.keyboard.press("Tab");
    await expect(form.create).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(realTicketUrl, { timeout: 15_000 });
    expect(await ticketsTitled(page, sandbox.apiUrl, title)).toHaveLength(1);
  });
});
