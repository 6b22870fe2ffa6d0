import { expect, resetSandbox, test } from "./fixtures";
import { openTicketNumber, timerBar } from "./time-helpers";

test.beforeAll(resetSandbox);
test.use({ signedIn: true });
test.describe.configure({ timeout: 180_000 });

for (const size of [
  { width: 390, height: 844 },
  { width: 360, height: 640 },
]) {
  test(`shots ${size.width}`, async ({ page, sandbox }) => {
    await page.setViewportSize(size);
    await page.clock.install();
    await openTicketNumber(page, sandbox, "TIC001003");
    await page.getByRole("button", { name: "Start timer" }).click();
    await expect(timerBar(page)).toBeVisible();
    await page.clock.fastForward("42:10");
    await page.screenshot({ path: `/tmp/shots/ticket-${size.width}.png` });
    await page.getByRole("button", { name: "Resolve…" }).click();
    await page.getByRole("textbox", { name: "Resolution note" }).fill("Rebuilt the Outlook profile");
    await page.screenshot({ path: `/tmp/shots/resolve-${size.width}.png` });
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await page.getByRole("button", { name: "Stop", exact: true }).click();
    await page.screenshot({ path: `/tmp/shots/stop-${size.width}.png` });
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await page.getByRole("link", { name: "Back to tickets" }).click();
    await expect(page.getByRole("list", { name: "Open tickets" }).getByRole("listitem").first()).toBeVisible();
    await page.screenshot({ path: `/tmp/shots/list-${size.width}.png` });
    await page.getByRole("link", { name: "My time" }).click();
    await expect(page.locator(".my-time__total")).toBeVisible();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/mytime-${size.width}.png`, fullPage: true });
    await openTicketNumber(page, sandbox, "TIC001003");
    await page.getByRole("tab", { name: /^Time/ }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/timesection-${size.width}.png`, fullPage: true });
  });
}
