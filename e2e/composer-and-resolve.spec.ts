import type { Page, Request } from "@playwright/test";
import { expect, expectNoAxeViolations, resetSandbox, serverApi, test, type TestSandbox } from "./fixtures";
import { ticketPage } from "./ticket-page";
import { openTicketNumber } from "./time-helpers";

// A fresh seed: TIC001002 has 2 required checklist items open, TIC001004 a bundled ticket still open.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
// The journeys wait for the outbox's undo window and a round trip or two.
test.describe.configure({ timeout: 120_000 });

interface ServerComment {
  comment_text: string;
  is_internal: boolean;
  is_resolution: boolean;
}

const commentsOf = async (page: Page, sandbox: TestSandbox, ticketId: string) =>
  (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as ServerComment[];

const ticketOf = async (page: Page, sandbox: TestSandbox, ticketId: string) =>
  (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as {
    status_is_closed: boolean;
    contact_name: string | null;
  };

const isCommentPost = (ticketId: string) => (request: Request) =>
  request.method() === "POST" && request.url().endsWith(`/api/v1/tickets/${ticketId}/comments`);

test("a public reply is a choice for that reply: the composer is back on Internal, on this ticket and the next", async ({
  page,
  sandbox,
}) => {
  // What the previous version kept for the whole account.
  await page.evaluate(() => localStorage.setItem(`alga.commentInternal:${location.origin}:someone`, "public"));
  const ticketId = await openTicketNumber(page, sandbox, "TIC001003");
  const ticket = ticketPage(page);
  await expect(await ticketPage(page).visibility("Internal")).toBeChecked();
  await expect
    .poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("alga.commentInternal"))))
    .toEqual([]);

  const reply = `On my way, there in 20 minutes ${Date.now()}`;
  const letTimeRun = await ticket.holdTime();
  await ticket.sendNote(reply, "Public");
  await expect(ticket.composer).toHaveValue("");
  await expect(await ticketPage(page).visibility("Internal")).toBeChecked();

  // Undo puts the reply back as it was: public.
  await ticket.toast.getByRole("button", { name: "Undo" }).click();
  await expect(ticket.composer).toHaveValue(reply);
  await expect(await ticketPage(page).visibility("Public")).toBeChecked();
  await letTimeRun();
  await page.getByRole("button", { name: "Send public reply" }).click();
  await expect(ticket.composer).toHaveValue("");
  await expect(await ticketPage(page).visibility("Internal")).toBeChecked();
  await expect
    .poll(async () => (await commentsOf(page, sandbox, ticketId)).filter((comment) => comment.comment_text === reply), { timeout: 30_000 })
    .toEqual([expect.objectContaining({ is_internal: false })]);

  await openTicketNumber(page, sandbox, "TIC001000");
  await expect(await ticketPage(page).visibility("Internal")).toBeChecked();
  await expect(ticket.composer).toHaveAttribute("placeholder", "Internal note (team only)");
});

test("on a tablet, Public chosen on one ticket is not carried to the next one opened beside the list", async ({ page }) => {
  await page.setViewportSize({ width: 1180, height: 820 });
  const rows = page.getByRole("list", { name: "Open tickets" }).getByRole("link");
  await rows.nth(0).click();
  await (await ticketPage(page).visibility("Public")).check();
  await ticketPage(page).composer.fill("Half a reply");
  const first = page.url();

  await rows.nth(1).click();
  await expect(page).not.toHaveURL(first);
  await expect(await ticketPage(page).visibility("Internal")).toBeChecked();
  await expect(ticketPage(page).composer).toHaveValue("");
});

test("Public says who gets an e-mail, and the choice not to e-mail the client reaches the server", async ({ page, sandbox }) => {
  const ticketId = await openTicketNumber(page, sandbox, "TIC001001");
  const { contact_name: contact } = await ticketOf(page, sandbox, ticketId);
  expect(contact).toBeTruthy();
  const ticket = ticketPage(page);
  const composer = page.getByRole("form", { name: "Add a comment" });
  await expect(composer).not.toContainText("e-mail");

  await (await ticketPage(page).visibility("Public")).check();
  await expect(composer).toContainText(`${contact} will get an e-mail.`);
  const team = composer.getByRole("checkbox", { name: "Don't notify the team either" });
  await expect(team).toBeHidden();
  await composer.getByRole("checkbox", { name: `Don't e-mail ${contact}` }).check();
  await expect(composer).toContainText("Nobody at the client gets an e-mail.");
  await expect(team).not.toBeChecked();
  await expectNoAxeViolations(page);

  const reply = `Printer is fixed, no need to reply ${Date.now()}`;
  await ticket.composer.fill(reply);
  const posted = page.waitForRequest(isCommentPost(ticketId), { timeout: 30_000 });
  await page.getByRole("button", { name: "Send public reply" }).click();
  const body = (await posted).postDataJSON() as Record<string, unknown>;
  expect(body).toMatchObject({ comment_text: reply, is_internal: false, suppressContactNotifications: true });
  expect(body).not.toHaveProperty("suppressInternalNotifications");
  await expect
    .poll(async () => (await commentsOf(page, sandbox, ticketId)).filter((comment) => comment.comment_text === reply), { timeout: 30_000 })
    .toEqual([expect.objectContaining({ is_internal: false })]);
  // The choice was for that reply too.
  await (await ticketPage(page).visibility("Public")).check();
  await expect(composer.getByRole("checkbox", { name: `Don't e-mail ${contact}` })).not.toBeChecked();
});

test("Resolve says before sending that required checklist items are open, and leads to the checklist", async ({ page, sandbox }) => {
  const ticketId = await openTicketNumber(page, sandbox, "TIC001002");
  const ticket = ticketPage(page);
  await page.getByRole("button", { name: "Resolve…" }).click();
  const sheet = ticket.sheet("Resolve");
  await expect(sheet).toContainText("2 required checklist items are open.");
  await expectNoAxeViolations(page);
  await sheet.getByRole("button", { name: "Open checklist" }).click();

  await expect(sheet).toBeHidden();
  await expect(ticket.section("Checklist")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("checkbox", { name: "Apply the fix" })).toBeVisible();
  expect((await commentsOf(page, sandbox, ticketId)).filter((comment) => comment.is_resolution)).toEqual([]);
});

test("a close refused for a rule the app cannot see posts no resolution note and keeps the note for the next try", async ({
  page,
  sandbox,
}) => {
  const ticketId = await openTicketNumber(page, sandbox, "TIC001004");
  const ticket = ticketPage(page);
  await page.getByRole("button", { name: "Resolve…" }).click();
  const note = `Replaced the switch in the closet ${Date.now()}`;
  const form = ticket.sheet("Resolve").getByRole("form", { name: "Resolve ticket" });
  await form.getByRole("textbox", { name: "Resolution note" }).fill(note);
  await form.getByRole("button", { name: "Resolve ticket" }).click();
  await expect(ticket.sheet("Resolve")).toBeHidden();

  await expect(ticket.pending).toContainText("1 bundled ticket is still open", { timeout: 30_000 });
  await expect(ticket.pending).toContainText("Your resolution note was not posted");
  expect((await commentsOf(page, sandbox, ticketId)).filter((comment) => comment.is_resolution || comment.comment_text === note)).toEqual(
    [],
  );
  expect((await ticketOf(page, sandbox, ticketId)).status_is_closed).toBe(false);

  await page.getByRole("button", { name: "Resolve…" }).click();
  await expect(form.getByRole("textbox", { name: "Resolution note" })).toHaveValue(note);
});

test("offline, a close through the warning waits, is refused at reconnect without its note, and closes with it once fixed", async ({
  page,
  context,
  sandbox,
}) => {
  const ticketId = await openTicketNumber(page, sandbox, "TIC001002");
  const ticket = ticketPage(page);
  // The ticket and its board's statuses on the device before the network goes: Resolve needs the closing status.
  await page.waitForLoadState("networkidle");
  await context.setOffline(true);
  await page.getByRole("button", { name: "Resolve…" }).click();
  const form = ticket.sheet("Resolve").getByRole("form", { name: "Resolve ticket" });
  const note = `Fuser replaced, test page clean ${Date.now()}`;
  await form.getByRole("textbox", { name: "Resolution note" }).fill(note);
  await form.getByRole("button", { name: "Resolve ticket" }).click();
  await expect(ticket.sheet("Resolve")).toBeHidden();
  await context.setOffline(false);

  await expect(ticket.pending).toContainText("2 required checklist items are not ticked", { timeout: 30_000 });
  expect((await commentsOf(page, sandbox, ticketId)).filter((comment) => comment.comment_text === note)).toEqual([]);

  await ticket.section("Checklist").click();
  // A tick shows once the outbox holds it (a write to IndexedDB a moment later).
  for (const name of ["Apply the fix", "Test with the user"]) {
    await page.getByRole("checkbox", { name }).click();
    await expect(page.getByRole("checkbox", { name })).toBeChecked();
  }
  // The ticks go out before the close is tried again.
  await ticket.section("Conversation").click();
  await expect(ticket.pending).toContainText("Resolve → ");
  await expect(ticket.pending.getByText(/^Ticked:/)).toHaveCount(0, { timeout: 30_000 });
  await ticket.pending.getByRole("button", { name: "Try again" }).click();

  await expect.poll(async () => (await ticketOf(page, sandbox, ticketId)).status_is_closed, { timeout: 30_000 }).toBe(true);
  expect((await commentsOf(page, sandbox, ticketId)).filter((comment) => comment.comment_text === note)).toEqual([
    expect.objectContaining({ is_resolution: true }),
  ]);
});
