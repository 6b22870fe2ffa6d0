import { expect, openFirstTicket, serverApi, setFaults, signIn, test } from "./fixtures";

// The four defects of the UX review (../shared/reviews/ux-2026-11.md, findings 1, 3, 4 and 5).

test.beforeEach(async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, null);
  await signIn(page, sandbox.apiUrl);
});

test("a double tap on Log logs one time entry, never two", async ({ page }) => {
  await openFirstTicket(page);
  const form = page.getByRole("form", { name: "Log time" });
  const service = form.getByRole("combobox", { name: "Service" });
  await expect(service.locator("option")).not.toHaveCount(1);
  await service.selectOption({ index: 1 });
  await form.getByRole("button", { name: /^Log \d+ min$/ }).dblclick();

  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending).toBeHidden({ timeout: 15_000 });
  await expect(page.getByText("Not accepted by the server")).toHaveCount(0);
});

test("a refused time entry holds back only what depends on it, and says so", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [409], failureRoutes: ["POST /api/v1/time-entries"] });
  const form = page.getByRole("form", { name: "Log time" });
  await form.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await form.getByRole("button", { name: /^Log \d+ min$/ }).click();
  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending.getByText("Not accepted by the server")).toBeVisible();

  const note = `After the refused entry ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Add internal note" }).click();
  await expect(page.locator(".comment").filter({ hasText: note })).toBeVisible({ timeout: 15_000 });
  const comments = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as { comment_text: string }[];
  expect(comments.filter((comment) => comment.comment_text === note)).toHaveLength(1);
  await expect(pending).toContainText("Not accepted by the server");
});

test("a changed status never shows the old value while it is sent", async ({ page, sandbox }) => {
  await openFirstTicket(page);
  await setFaults(sandbox.apiUrl, { latencyMs: { "GET /api/v1/tickets/*": 900, "PUT /api/v1/tickets/*": 600 } });
  const status = page.getByRole("combobox", { name: "Status" });
  const before = await status.inputValue();
  const options = await status
    .locator("option")
    .evaluateAll((all) => all.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? "" })));
  const next = options.find((option) => option.value !== before && !/closed|resolved|cancel/i.test(option.label))!;
  await status.selectOption(next.value);

  // Everything the picker shows for the next 5 s, sampled every 50 ms.
  const shown = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const values: string[] = [];
        const timer = setInterval(() => values.push((document.getElementById("ticket-status") as HTMLSelectElement).value), 50);
        setTimeout(() => (clearInterval(timer), resolve(values)), 5_000);
      }),
  );
  expect(shown.filter((value) => value !== next.value)).toEqual([]);
  await expect(page.getByRole("region", { name: /Not sent yet/ })).toBeHidden();
});

test("a duration button ends now, never in the future, and the ticket lists the logged time", async ({ page }) => {
  await openFirstTicket(page);
  const form = page.getByRole("form", { name: "Log time" });
  await form.getByRole("combobox", { name: "Service" }).selectOption({ index: 1 });
  await form.getByRole("button", { name: "1 h" }).click();
  const now = new Date();
  const end = await form.getByLabel("End", { exact: true }).inputValue();
  const start = await form.getByLabel("Start", { exact: true }).inputValue();
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
  expect(minutes(end)).toBeLessThanOrEqual(now.getHours() * 60 + now.getMinutes());
  expect(minutes(end)).toBeGreaterThanOrEqual(now.getHours() * 60 + now.getMinutes() - 1);
  expect(minutes(end) - minutes(start)).toBe(60);

  await form.getByRole("button", { name: "Log 60 min" }).click();
  await expect(page.getByRole("list", { name: "Time logged on this device" })).toContainText(`${start}–${end}`);
});

test("a ticket never opened opens offline from what the list knows, and takes a note", async ({ page, context, sandbox }) => {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
  // Far enough down the list that it was never prefetched.
  const row = page.getByRole("list", { name: "Open tickets" }).getByRole("link").nth(8);
  const title = (await row.locator(".ticket-row__title").textContent())!;
  const path = (await row.getAttribute("href"))!;
  const ticketId = path.split("?")[0]!.split("/").pop()!;
  await page.waitForTimeout(1_500);

  await context.setOffline(true);
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 2, name: title })).toBeVisible();
  await expect(page.getByText(/Only what the list showed/)).toBeVisible();
  const note = `Written offline on an unopened ticket ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Add internal note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Offline · 1 to send" })).toBeVisible();

  await context.setOffline(false);
  await expect(page.locator(".comment").filter({ hasText: note })).toHaveCount(1, { timeout: 20_000 });
  const comments = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as { comment_text: string }[];
  expect(comments.filter((comment) => comment.comment_text === note)).toHaveLength(1);
});
