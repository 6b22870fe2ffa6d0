import { expect, expectNoAxeViolations, openFirstTicket, resetSandbox, serverApi, storedJson, test } from "./fixtures";
import { ticketPage } from "./ticket-page";
import { shot } from "./kit/screen-checks";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test.use({ signedIn: true });

test("Undo takes a status change back before it is sent, and the server never sees it", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_name: string };
  const letTimeRun = await ticket.holdTime();
  const next = await ticket.pickOpenStatus(before.status_name);
  await expect(ticket.toast).toContainText(`Status → ${next}`);
  await ticket.toast.getByRole("button", { name: "Undo" }).click();
  await expect(ticket.toast).toContainText(`Undone, not sent: Status → ${next}`);
  await expect(ticket.chip("Status")).toContainText(before.status_name);
  await expect(ticket.chip("Status")).not.toContainText("sending");
  await letTimeRun();

  // Nothing is left to send: a held change would go out after the window, an empty queue never will.
  await expect.poll(() => storedJson(page, "alga.outbox:")).not.toContain('"kind":"status"');
  const after = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_name: string };
  expect(after.status_name).toBe(before.status_name);
});

test("Undo of a note puts its text back in the composer; a sent note says so and is marked delivered", async ({ page }) => {
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  const letTimeRun = await ticket.holdTime();
  await ticket.sendNote("Rebooted the switch");
  await expect(ticket.composer).toHaveValue("");
  await ticket.toast.getByRole("button", { name: "Undo" }).click();
  await expect(ticket.composer).toHaveValue("Rebooted the switch");
  // Said plainly: not "Undone: Internal note saved".
  await expect(ticket.toast).toContainText("Undone, not sent: Internal note");
  await expect(ticket.toast).not.toContainText("saved");
  await letTimeRun();

  await page.getByRole("button", { name: "Send internal note" }).click();
  await expect(ticket.toast).toContainText("Sent ✓ Internal note", { timeout: 20_000 });
  await expect(page.locator(".comment").filter({ hasText: "Rebooted the switch" })).toHaveCount(1);
});

test("shares a ticket link, or copies it where the browser cannot share", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const ticketId = await openFirstTicket(page);
  await page.evaluate(() => Object.defineProperty(navigator, "share", { value: undefined, configurable: true }));
  await page.getByRole("button", { name: /^Share a link to/ }).click();
  await expect(ticketPage(page).toast).toContainText(/Link to .* copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`/tickets/${ticketId}`, page.url()).href);
});

for (const colorScheme of ["light", "dark"] as const) {
  test(`the ticket screen and its sheets pass axe in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openFirstTicket(page);
    const ticket = ticketPage(page);
    await expectNoAxeViolations(page);
    await ticket.chip("Status").click();
    await expect(ticket.sheet("Status").getByRole("list", { name: "Statuses" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Log time" }).click();
    await expect(ticket.sheet("Log time")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("reflows at 320 CSS px and at 200 % text with no sideways scroll", async ({ page }) => {
  await openFirstTicket(page);
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.setViewportSize({ width: 320, height: 640 });
  expect(await overflow()).toBe(0);
  await page.setViewportSize({ width: 390, height: 844 });
  // The app has a strict CSP (no inline style): set the text size through the CSSOM, as a browser setting would.
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  expect(await overflow()).toBe(0);
  await page.getByRole("button", { name: "Log time" }).click();
  expect(await overflow()).toBe(0);
  const sheetOverflow = await page.locator("dialog[open]").evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
  expect(sheetOverflow).toBe(0);
});

test("a change made offline says it waits to be sent, not that it is sending", async ({ page, context, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_name: string };
  await context.setOffline(true);
  const next = await ticket.pickOpenStatus(before.status_name);
  await expect(ticket.chip("Status")).toContainText(next);
  await expect(ticket.chip("Status")).toContainText("waiting to send");
  await page.screenshot({ path: shot("offline-change-waiting.png") });
  await context.setOffline(false);
  await expect(ticket.chip("Status")).not.toContainText("waiting to send", { timeout: 20_000 });
});
