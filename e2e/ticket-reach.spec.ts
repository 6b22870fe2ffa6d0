import type { Locator, Page } from "@playwright/test";
import { expect, openFirstTicket, resetSandbox, test } from "./fixtures";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

// How far down the ticket screen Status and "Log time" sit, in screen heights (1.0 = one full screen):
// everything a technician does must be on the first screen.

/** Where the top of `target` is, in screen heights from the top of the page. */
async function screensDown(page: Page, target: Locator): Promise<number> {
  const top = await target.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
  return top / (await page.evaluate(() => window.innerHeight));
}

async function expectOnFirstScreen(page: Page, label: string) {
  const status = page.getByRole("button", { name: /^Status/ });
  const logTime = page.getByRole("button", { name: "Log time" });
  const composer = page.getByRole("textbox", { name: "Comment" });
  const figures = {
    status: await screensDown(page, status),
    logTime: await screensDown(page, logTime),
    composer: await screensDown(page, composer),
  };
  test.info().annotations.push({ type: "screen heights", description: `${label}: ${JSON.stringify(figures)}` });
  for (const target of [status, logTime, composer]) await expect(target).toBeInViewport({ ratio: 1 });
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, signedIn: true });

    test("Status, the composer and Log time are on the first screen of a ticket", async ({ page }) => {
      await openFirstTicket(page);
      await expectOnFirstScreen(page, `${viewport.width}×${viewport.height} first ticket`);
    });

    test("they stay on the first screen of a ticket with an 80-line description", async ({ page }) => {
      await page.getByRole("searchbox", { name: "Search tickets" }).fill("Long incident report");
      await expect(page).toHaveURL(/q=Long/);
      await page
        .getByRole("list", { name: /tickets/i })
        .getByRole("link")
        .first()
        .click();
      await expectOnFirstScreen(page, `${viewport.width}×${viewport.height} long description`);
    });
  });
}
