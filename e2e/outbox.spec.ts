import { expect, openFirstTicket, serverApi, setFaults, signIn, test } from "./fixtures";

test.beforeEach(async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, null);
  await signIn(page, sandbox.apiUrl);
});

test("a note and a status change made offline survive closing the app and reach the server once", async ({ page, context, sandbox }) => {
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
  const ticketId = await openFirstTicket(page);
  await page.waitForTimeout(1_500);

  await context.setOffline(true);
  const note = `Basement note ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Add internal note" }).click();
  const status = page.getByRole("combobox", { name: "Status" });
  const current = await status.inputValue();
  const options = await status
    .locator("option")
    .evaluateAll((all) => all.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? "" })));
  const next = options.find((option) => option.value !== current && !/closed|resolved|cancel/i.test(option.label))!;
  await status.selectOption(next.value);
  await expect(page.getByRole("status").filter({ hasText: "Offline · 2 to send" })).toBeVisible();

  // The technician closes the app in the basement and opens it again upstairs, online.
  const path = new URL(page.url()).pathname;
  await page.close();
  await context.setOffline(false);
  const reopened = await context.newPage();
  await reopened.goto(path);
  await expect(reopened.getByRole("region", { name: /Not sent yet/ })).toBeHidden({ timeout: 20_000 });
  await expect(reopened.locator(".comment").filter({ hasText: note })).toHaveCount(1);

  const comments = (await serverApi(reopened, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as {
    comment_text: string;
  }[];
  expect(comments.filter((comment) => comment.comment_text === note)).toHaveLength(1);
  const ticket = (await serverApi(reopened, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_id: string };
  expect(ticket.status_id).toBe(next.value);
});

test("a comment whose answer was lost is not sent twice", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  const note = `Lost answer ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Add internal note" }).click();

  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending).toContainText("Checking whether it arrived");
  await expect(pending).toBeHidden({ timeout: 20_000 });
  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`);
  expect((body.data as { comment_text: string }[]).filter((comment) => comment.comment_text === note)).toHaveLength(1);
});
