import { expect, openFirstTicket, resetSandbox, test } from "./fixtures";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test.use({ signedIn: true });

test("Esc leaves the composer with the draft kept, Ctrl+Enter sends, and the focus stays for the next note", async ({ page }) => {
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  const note = `Licence server reachable ${Date.now()}`;
  await ticket.composer.fill(note);
  await ticket.composer.press("Escape");
  await expect(ticket.composer).not.toBeFocused();
  // A shortcut letter after Esc is a shortcut, never typed into the note.
  await page.keyboard.press("j");
  await expect(ticket.composer).toHaveValue(note);

  await ticket.composer.focus();
  await page.keyboard.press("Control+Enter");
  await expect(ticket.toast).toContainText("Internal note saved");
  await expect(ticket.composer).toHaveValue("");
  await expect(ticket.composer).toBeFocused();
  await expect(page.locator(".comment").filter({ hasText: note })).toBeVisible({ timeout: 20_000 });
});

test("Back closes the open sheet instead of leaving the ticket, and Log time keeps what was typed", async ({ page }) => {
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  const address = page.url();
  await page.getByRole("button", { name: "Log time" }).click();
  const form = ticket.sheet("Log time").getByRole("form", { name: "Log time" });
  await form.getByRole("button", { name: "45 min", exact: true }).click();
  await form.getByLabel("Notes").fill("Swapped the switch's power supply");

  await page.goBack();
  await expect(ticket.sheet("Log time")).toBeHidden();
  expect(page.url()).toBe(address);
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();

  await page.getByRole("button", { name: "Log time" }).click();
  await expect(form.getByLabel("Notes")).toHaveValue("Swapped the switch's power supply");
  await expect(form.getByRole("button", { name: "Log 45 min" })).toBeVisible();
  // Closed by its own button, the sheet leaves no step behind: one Back then goes to the list.
  await ticket.sheet("Log time").getByRole("button", { name: "Close" }).click();
  await expect(ticket.sheet("Log time")).toBeHidden();
  await page.goBack();
  await expect(page).toHaveURL(/\/tickets$/);
});

test("? shows the list's keys, and the arrow keys move between a sheet's options", async ({ page }) => {
  await page.locator("body").press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help.getByText("Move between tickets")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await openFirstTicket(page);
  await page.locator("body").press("s");
  const statuses = page.getByRole("dialog", { name: "Status" }).getByRole("list", { name: "Statuses" }).getByRole("button");
  await statuses.first().focus();
  await page.keyboard.press("ArrowDown");
  await expect(statuses.nth(1)).toBeFocused();
  await page.keyboard.press("End");
  await expect(statuses.last()).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(statuses.nth((await statuses.count()) - 2)).toBeFocused();
});
