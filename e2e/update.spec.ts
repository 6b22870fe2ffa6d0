import { expect, openFirstTicket, resetSandbox, setFaults, startSignedIn, storedJson, test } from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test("a new version waits for the user's word and keeps the draft and the queued changes", async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, null);
  await startSignedIn(page, sandbox.apiUrl);
  await expect
    .poll(() => page.evaluate(async () => Boolean((await navigator.serviceWorker.ready) && navigator.serviceWorker.controller)))
    .toBe(true);
  await openFirstTicket(page);

  // A change the server cannot take right now stays queued; a draft is being typed.
  await setFaults(sandbox.apiUrl, { offline: true });
  await page.getByRole("textbox", { name: "Comment" }).fill("Queued before the update");
  await page.getByRole("button", { name: "Send internal note" }).click();
  await page.getByRole("textbox", { name: "Comment" }).fill("Still typing this one");
  await expect.poll(() => storedJson(page, "alga.draft:")).toContain("Still typing this one");
  await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));

  const deployed = await fetch(`${sandbox.apiUrl}/__sandbox/deploy`, { method: "POST" });
  expect(deployed.ok).toBe(true);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const prompt = page.getByRole("status").filter({ hasText: "A new version of Alga Tickets is ready." });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  // Nothing reloads on its own while the technician is typing: the new version waits, and only its taking
  // control reloads the app (register-service-worker.ts).
  expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate)).toBe(true);

  await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: "Update" }).click()]);
  expect(await page.evaluate(() => (window as unknown as { beforeUpdate?: boolean }).beforeUpdate ?? false)).toBe(false);
  await expect(page.getByRole("textbox", { name: "Comment" })).toHaveValue("Still typing this one");
  await expect(page.getByRole("region", { name: /Not sent yet/ })).toContainText("Queued before the update");

  await setFaults(sandbox.apiUrl, null);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByRole("region", { name: /Not sent yet/ })).toBeHidden({ timeout: 20_000 });
  await expect(page.locator(".comment").filter({ hasText: "Queued before the update" })).toHaveCount(1);
});
