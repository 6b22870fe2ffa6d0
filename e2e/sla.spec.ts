import { expect, expectNoAxeViolations, resetSandbox, serverApi, storedJson, test } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { shot } from "./kit/screen-checks";

// A fresh seed for this file: TIC001000–TIC001003 hold one SLA state each, relative to the seed's time.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
test.describe.configure({ timeout: 90_000 });

test("each seeded ticket shows its SLA state in words", async ({ page, sandbox }) => {
  const expected: [string, RegExp][] = [
    ["TIC001000", /Resolution\s*● On track · due in 2 d/],
    ["TIC001001", /Resolution\s*▲ At risk · due in \d+ min/],
    ["TIC001002", /Resolution\s*✕ Breached · 2 h( \d+ min)? overdue/],
    ["TIC001003", /Resolution\s*‖ Paused · \d+ h( \d+ min)? left when it resumes/],
  ];
  for (const [number, state] of expected) {
    await openSeededTicket(page, sandbox.apiUrl, number);
    await expect(page.getByRole("region", { name: "Service level" })).toHaveText(state);
  }
  await expect(page.getByRole("region", { name: "Service level" })).toContainText("paused (waiting for the client)");
  await expectNoAxeViolations(page);
});

test("SLA at risk shows the at-risk and breached tickets, the ones still saveable first, and stays in the address", async ({ page }) => {
  await page.goto("/tickets?q=TIC00100");
  await page.getByRole("button", { name: "SLA at risk" }).click();
  await expect(page).toHaveURL(/sla=risk/);
  const list = page.getByRole("list", { name: "Open tickets" });
  await expect(list.getByRole("link").first()).toBeVisible();
  const numbers = await list.locator(".ticket-row__number").allInnerTexts();
  expect(numbers).toContain("TIC001001");
  expect(numbers).toContain("TIC001002");
  expect(numbers).not.toContain("TIC001000");
  expect(numbers).not.toContain("TIC001003");
  // At risk before breached: the ticket that can still make it is not under the lost ones.
  expect(numbers.indexOf("TIC001001")).toBeLessThan(numbers.indexOf("TIC001002"));
  for (const row of await list.getByRole("listitem").all()) await expect(row).toContainText(/SLA (at risk|breached)/);

  await page.reload();
  await expect(page.getByRole("button", { name: "SLA at risk" })).toHaveAttribute("aria-pressed", "true");
  await expect(list.locator(".ticket-row__number").filter({ hasText: "TIC001001" })).toBeVisible();
});

test("a row says its SLA and the time left once the ticket is on the device, and a past due date says overdue", async ({
  page,
  sandbox,
}) => {
  // A due date two days ago on the breached ticket (the seed's are random).
  const pastDue = new Date(Date.now() - 2 * 24 * 3_600_000).toISOString();
  const found = await serverApi(page, sandbox.apiUrl, "/api/v1/tickets?ticket_number=TIC001002&fields=mobile_list");
  const breachedId = (found.body.data as { ticket_id: string }[])[0]!.ticket_id;
  const detail = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${breachedId}`);
  const attributes = (detail.body.data as { attributes: Record<string, unknown> | null }).attributes ?? {};
  const put = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${breachedId}`, {
    method: "PUT",
    data: { attributes: { ...attributes, due_date: pastDue } },
  });
  expect(put.status).toBe(200);

  // The ordinary list (no SLA columns in its rows) uses what the device has of each ticket: saved at most once a
  // second, so each ticket must be on the device before the page starts again.
  const saved = (id: string) => async () => new RegExp(`detail\\W+${id}`).test(await storedJson(page, "alga.queryCache:"));
  const atRiskId = await openSeededTicket(page, sandbox.apiUrl, "TIC001001");
  await expect.poll(saved(atRiskId)).toBe(true);
  await openSeededTicket(page, sandbox.apiUrl, "TIC001002");
  // In words on the ticket, not only a colour.
  await expect(page.getByRole("button", { name: /^Due:/ })).toContainText(/Overdue · due/);
  await page.screenshot({ path: shot("ticket-due-overdue.png") });
  await expect.poll(saved(breachedId)).toBe(true);
  await page.goto("/tickets?q=TIC00100");
  const list = page.getByRole("list", { name: "Open tickets" });
  const row = (number: string) => list.getByRole("listitem").filter({ has: page.getByText(number, { exact: true }) });
  await expect(row("TIC001001")).toContainText(/SLA at risk · due in \d+ min/);
  await expect(row("TIC001002")).toContainText(/SLA breached \d+ h( \d+ min)? ago/);
  await expect(row("TIC001002")).toContainText(/Overdue · due/);
  await page.screenshot({ path: shot("rows-sla-time-left.png") });
  await expectNoAxeViolations(page);
});
