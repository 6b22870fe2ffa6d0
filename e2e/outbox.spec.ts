import { expect, openFirstTicket, serverApi, setFaults, signIn, test } from "./fixtures";

test.beforeEach(async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, null);
  await signIn(page, sandbox.apiUrl);
});

test("adds an internal note offline; it survives a reload and is sent once when back online", async ({ page, context, sandbox }) => {
  await expect.poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller))).toBe(true);
  const ticketId = await openFirstTicket(page);
  await page.waitForTimeout(1_500);

  await context.setOffline(true);
  const note = `Basement note ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Add internal note" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Offline · 1 to send" })).toBeVisible();

  await page.reload();
  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending).toContainText(note);

  await context.setOffline(false);
  await expect(pending).toBeHidden({ timeout: 20_000 });
  await expect(page.locator(".comment").filter({ hasText: note })).toHaveCount(1);
  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`);
  expect((body.data as { comment_text: string }[]).filter((comment) => comment.comment_text === note)).toHaveLength(1);
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
