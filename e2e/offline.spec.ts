import { expect, resetSandbox, startSignedIn, storedJson, test } from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test("the app shell opens offline after the first visit, with the tickets seen before", async ({ page, context, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

  const list = page.getByRole("list", { name: "Open tickets" });
  const firstTicket = list.getByRole("link").first();
  const firstTitle = (await firstTicket.locator(".ticket-row__title").textContent())!;
  await firstTicket.click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeAttached();
  const ticketPath = new URL(page.url()).pathname;
  const firstComment = (await page.locator(".comment__body").first().innerText()).split("\n")[0]!.trim();
  // The persisted cache is written at most once a second: wait until it holds the ticket and its comments.
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain(ticketPath.split("/").pop()!);
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain(firstComment.slice(0, 20));

  await context.setOffline(true);
  await page.goto("/tickets");
  await expect(page.getByRole("heading", { name: "Tickets" })).toBeVisible();
  await expect(list.getByText(firstTitle, { exact: true }).first()).toBeVisible();

  await page.goto(ticketPath);
  await expect(page.getByRole("heading", { level: 2, name: firstTitle })).toBeVisible();
  // Opened before, so the whole ticket is there, not the list's partial view.
  await expect(page.getByText(/Only what the list showed/)).toBeHidden();
  await expect(page.locator(".description__text")).not.toBeEmpty();
  await expect(page.locator(".comment__body").getByText(firstComment.slice(0, 20)).first()).toBeVisible();
  await expect(page.getByText(/Comments could not be loaded/)).toBeHidden();
  await context.setOffline(false);
});

test("a refresh that fails offline leaves the list for the next offline start", async ({ page, context, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  const list = page.getByRole("list", { name: "Open tickets" });
  const firstTitle = (await list.getByRole("link").first().locator(".ticket-row__title").textContent())!;
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain(firstTitle);

  await context.setOffline(true);
  const savedBefore = await storedJson(page, "alga.queryCache:");
  const refresh = page.getByRole("button", { name: "Refresh tickets" });
  await refresh.click();
  await expect(refresh).toBeEnabled({ timeout: 30_000 });
  // The list is saved again once the refresh has failed (at most once a second), no longer fetching.
  await expect
    .poll(async () => {
      const saved = await storedJson(page, "alga.queryCache:");
      return saved !== savedBefore && !/fetchStatus\\?":\\?"fetching/.test(saved);
    })
    .toBe(true);

  await page.reload();
  await expect(list.getByText(firstTitle, { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Something went wrong")).toBeHidden();
  await context.setOffline(false);
});
