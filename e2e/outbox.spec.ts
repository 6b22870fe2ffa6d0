import { expect, openFirstTicket, resetSandbox, serverApi, setFaults, storedJson, test } from "./fixtures";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test.use({ signedIn: true });

test("a note and a status change made offline survive closing the app and reach the server once", async ({ page, context, sandbox }) => {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_name: string };
  // The statuses are loaded before going offline, as they would be after a moment on the ticket.
  await ticket.chip("Status").click();
  await expect(ticket.sheet("Status").getByRole("list", { name: "Statuses" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain("statuses");

  await context.setOffline(true);
  const note = `Basement note ${Date.now()}`;
  await ticket.sendNote(note);
  const next = await ticket.pickOpenStatus(before.status_name);
  await expect(page.getByRole("status").filter({ hasText: "Offline · 2 to send" })).toBeVisible();

  // The pill lists what waits, each with a way to its ticket.
  await page.getByRole("button", { name: "Offline · 2 to send" }).click();
  const waiting = ticket.sheet("Not sent yet");
  await expect(waiting.getByRole("listitem")).toHaveCount(2);
  await expect(waiting).toContainText("Internal note");
  await expect(waiting).toContainText(`Status → ${next}`);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Offline · 2 to send" })).toBeFocused();

  // The technician closes the app in the basement and opens it again upstairs, online.
  const path = new URL(page.url()).pathname;
  await page.close();
  await context.setOffline(false);
  const reopened = await context.newPage();
  await reopened.goto(path);
  await expect(reopened.locator(".comment").filter({ hasText: note })).toHaveCount(1, { timeout: 30_000 });
  await expect(reopened.getByRole("region", { name: /Not sent yet/ })).toBeHidden({ timeout: 20_000 });

  const comments = (await serverApi(reopened, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as {
    comment_text: string;
  }[];
  expect(comments.filter((comment) => comment.comment_text === note)).toHaveLength(1);
  const after = (await serverApi(reopened, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_name: string };
  expect(after.status_name).toBe(next);
});

test("a comment whose answer was lost is not sent twice", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  const note = `Lost answer ${Date.now()}`;
  await ticketPage(page).sendNote(note);

  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending).toContainText("Checking whether it arrived", { timeout: 15_000 });
  await expect(pending).toBeHidden({ timeout: 20_000 });
  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`);
  expect((body.data as { comment_text: string }[]).filter((comment) => comment.comment_text === note)).toHaveLength(1);
});
