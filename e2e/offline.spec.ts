import { expect, signIn, test } from "./fixtures";

test("the app shell opens offline after the first visit", async ({ page, context, sandbox }) => {
  await signIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  // Prompt mode: the first load may not be controlled yet; a reload is, as a second launch would be.
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const firstTicket = page.getByRole("list", { name: "Open tickets" }).getByRole("link").first();
  const ticketPath = new URL((await firstTicket.getAttribute("href"))!, page.url()).pathname;

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Tickets" })).toBeVisible();

  await page.goto(ticketPath);
  await expect(page.getByRole("link", { name: "Back to tickets" })).toBeVisible();
  await context.setOffline(false);
});
