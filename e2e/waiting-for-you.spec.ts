import { expect, openFirstTicket, resetSandbox, setFaults, test } from "./fixtures";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

// What the device can tell before anything is sent, and what waits for the technician once the server refused.

test.use({ signedIn: true });

test("an overlapping entry is stopped in the form offline, naming the entry it overlaps on another ticket", async ({ page, context }) => {
  const list = page.getByRole("list", { name: "Open tickets" });
  const rows = list.getByRole("link");
  const firstNumber = (await rows.first().locator(".ticket-row__number").textContent())!.trim();
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  // Sent, then the user's own time read again from Alga: what the device then has, as after a few minutes online.
  let posted = false;
  const timeReadAfterPost = page.waitForResponse((response) => {
    if (!response.url().includes("/api/v1/time-entries")) return false;
    if (response.request().method() === "POST") posted = true;
    return posted && response.request().method() === "GET";
  });
  await ticket.logTime("1 h");
  await expect(ticket.toast).toContainText(/Logged 1 h on/);
  await timeReadAfterPost;
  await context.setOffline(true);

  await page.getByRole("link", { name: "Back to tickets" }).click();
  await rows.nth(1).click();
  await page.getByRole("button", { name: "Log time" }).click();
  const form = ticket.sheet("Log time").getByRole("form", { name: "Log time" });
  const service = form.getByRole("combobox", { name: "Service" });
  if (!(await service.inputValue())) await service.selectOption({ index: 1 });
  await form.getByRole("button", { name: "30 min", exact: true }).click();
  await form.getByRole("button", { name: "Log 30 min" }).click();

  await expect(form).toContainText(`This overlaps your entry`);
  await expect(form).toContainText(firstNumber);
  // Nothing was queued for this ticket: the form stays open for a change of start or end.
  await expect(ticket.pending).toHaveCount(0);
  await expect(page.getByRole("status").filter({ hasText: "to send" })).toHaveCount(0);
  await context.setOffline(false);
});

test("a refused change makes the pill say it needs you, and its sheet offers Edit, Try again and Discard", async ({ page, sandbox }) => {
  await openFirstTicket(page);
  const number = (await page.locator(".top-bar__title").textContent())!.trim();
  const ticket = ticketPage(page);
  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [409], failureRoutes: ["POST /api/v1/time-entries"] });
  await ticket.logTime("30 min", { endMinutesAgo: 8 * 24 * 60 });
  const pill = page.getByRole("button", { name: "1 needs you" });
  await expect(pill).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: /Sending/ })).toHaveCount(0);
  await setFaults(sandbox.apiUrl, null);

  await pill.click();
  const sheet = page.getByRole("dialog", { name: "Not sent yet" });
  // Rendered outside the top bar, so the bar's styles for its own buttons do not reach it.
  await expect(page.locator("header").getByRole("dialog", { name: "Not sent yet" })).toHaveCount(0);
  const item = sheet.getByRole("listitem").filter({ hasText: "Time entry" });
  await expect(item).toContainText(number);
  await expect(item).toContainText(/\d\d:\d\d–\d\d:\d\d/);
  await expect(item.getByRole("link", { name: `Edit on ${number}` })).toBeVisible();
  await expect(item.getByRole("button", { name: "Try again" })).toBeVisible();
  await item.getByRole("button", { name: "Discard" }).click();
  // Nothing left to send: the pill and its sheet are gone, and Alga never got the entry.
  await expect(pill).toHaveCount(0);
  await expect(sheet).toBeHidden();
  await expect(ticket.pending).toHaveCount(0);
});
