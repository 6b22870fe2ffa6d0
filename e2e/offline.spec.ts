import { expect, resetSandbox, serverApi, startSignedIn, storedJson, test } from "./fixtures";
import { shot } from "./kit/screen-checks";

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

test("offline after a restart, a search finds the technician's own ticket past the saved pages", async ({ page, context, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  // The least recently updated of my open tickets: far past the pages of "Open tickets" the device saved.
  const { userId } = await serverApi(page, sandbox.apiUrl, "/api/v1/tickets?limit=1");
  const { body } = await serverApi(
    page,
    sandbox.apiUrl,
    `/api/v1/tickets?fields=mobile_list&is_open=true&assigned_to=${userId}&sort=updated_at&order=asc&limit=1`,
  );
  const [mine] = body.data as { ticket_number: string; title: string }[];
  await expect.poll(async () => (await storedJson(page, "alga.queryCache:")).includes(mine!.ticket_number)).toBe(true);
  const list = page.getByRole("list", { name: "Open tickets" });
  await expect(list.getByText(mine!.ticket_number)).toHaveCount(0);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole("searchbox", { name: "Search tickets" }).fill(mine!.ticket_number);
  const found = list.getByRole("link").filter({ hasText: mine!.ticket_number });
  await expect(found).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "Offline: 1 more ticket from this device is shown" })).toBeVisible();
  await page.screenshot({ path: shot("offline-search.png") });
  await found.click();
  await expect(page.getByRole("heading", { level: 2, name: mine!.title })).toBeVisible();

  await page.goBack();
  await page.getByRole("searchbox", { name: "Search tickets" }).fill("no such ticket anywhere");
  await expect(page.getByText("No ticket saved on this device matches.", { exact: false })).toBeVisible();
  await expect(page.getByText("End of the list.")).toHaveCount(0);
  await context.setOffline(false);
});
