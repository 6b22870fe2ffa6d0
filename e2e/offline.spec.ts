import { expect, signIn, test } from "./fixtures";

test("the app shell opens offline after the first visit, with the tickets seen before", async ({ page, context, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const list = page.getByRole("list", { name: "Open tickets" });
  const firstTicket = list.getByRole("link").first();
  const firstTitle = (await firstTicket.locator(".ticket-row__title").textContent())!;
  await firstTicket.click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeAttached();
  const ticketPath = new URL(page.url()).pathname;
  // The persisted cache is written at most once a second.
  await page.waitForTimeout(1_500);

  await context.setOffline(true);
  await page.goto("/tickets");
  await expect(page.getByRole("heading", { name: "Tickets" })).toBeVisible();
  await expect(list.getByText(firstTitle, { exact: true }).first()).toBeVisible();

  await page.goto(ticketPath);
  await expect(page.getByRole("heading", { level: 2, name: firstTitle })).toBeVisible();
  // Opened before, so the whole ticket is there, not the list's partial view.
  await expect(page.getByText(/Only what the list showed/)).toBeHidden();
  await expect(page.locator(".description__text")).not.toBeEmpty();
  await context.setOffline(false);
});
