import { expect, resetSandbox, test } from "./fixtures";
import type { Page } from "@playwright/test";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

const rows = (page: Page) => page.getByRole("list", { name: /tickets/i }).getByRole("listitem");

test.use({ signedIn: true });

test("filters to my tickets and to a status, and a reload keeps the filtered view", async ({ page }) => {
  await page.getByRole("button", { name: "My tickets" }).click();
  await expect(page).toHaveURL(/assignee=me/);
  await expect(page.getByRole("button", { name: "My tickets" })).toHaveAttribute("aria-pressed", "true");
  // The rows as the filtered answer has them: right after the tap the list may still be empty or unfiltered.
  await expect
    .poll(async () => {
      const mine = await rows(page).allInnerTexts();
      return mine.length > 0 && mine.every((text) => text.includes("Assigned to you"));
    })
    .toBe(true);

  await page.getByRole("button", { name: "Sort & filter" }).click();
  const sheet = page.getByRole("dialog", { name: "Sort and filter" });
  await sheet.getByRole("combobox", { name: "Status" }).selectOption({ label: "In Progress" });
  await expect(page).toHaveURL(/status=In\+Progress/);
  await expect(rows(page).first()).toContainText("In Progress");
  for (const text of await rows(page).allInnerTexts()) expect(text).toContain("In Progress");
  await sheet.getByRole("button", { name: /^Show \d+ tickets?$/ }).click();
  await expect(sheet).toBeHidden();

  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await expect(page.getByRole("button", { name: "Remove Status: In Progress" })).toBeVisible();
  await expect(page.getByRole("button", { name: "My tickets" })).toHaveAttribute("aria-pressed", "true");

  await page.getByRole("button", { name: "Clear all" }).click();
  await expect(page).toHaveURL(/\/tickets$/);
});

test("searches by ticket number", async ({ page }) => {
  const number = (await rows(page).nth(3).locator(".ticket-row__number").textContent())!;
  await page.getByRole("searchbox", { name: "Search tickets" }).fill(number);
  await expect(page).toHaveURL(new RegExp(`q=${number}`));
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(number);
});

test("sorts by ticket number, both ways, and says so once the sheet is closed", async ({ page }) => {
  await page.getByRole("button", { name: "Sort & filter" }).click();
  const sheet = page.getByRole("dialog", { name: "Sort and filter" });
  await sheet.getByRole("combobox", { name: "Sort by" }).selectOption("ticket_number");
  await sheet.getByRole("combobox", { name: "Order" }).selectOption("asc");
  await expect(page).toHaveURL(/sort=ticket_number&order=asc|order=asc.*sort=ticket_number/);
  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("button", { name: "Sort & filter" })).toBeFocused();
  await expect(async () => {
    const numbers = await rows(page).locator(".ticket-row__number").allTextContents();
    expect(numbers.length).toBeGreaterThan(3);
    expect([...numbers].sort()).toEqual(numbers);
  }).toPass();
  await page.getByRole("button", { name: "Remove Sorted by ticket number, ascending" }).click();
  await expect(page).toHaveURL(/\/tickets$/);
});

test("coming back from a ticket restores the scroll position", async ({ page }) => {
  await page.mouse.wheel(0, 2500);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1500);
  const scrolled = await page.evaluate(() => window.scrollY);
  expect(scrolled).toBeGreaterThan(1500);
  const link = page.locator(".virtual-list__item").filter({ hasText: /TIC/ }).nth(8).getByRole("link");
  const label = await link.locator(".ticket-row__title").textContent();
  await link.click();
  await expect(page.getByRole("heading", { level: 2, name: label! })).toBeVisible();
  await page.goBack();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 50);
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 50);
});

test("hostile ticket content renders as plain text", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("searchbox", { name: "Search tickets" }).fill("script");
  await expect(rows(page).first()).toBeVisible();
  await expect(page.locator(".virtual-list script, .virtual-list img")).toHaveCount(0);
  // Nothing pushes the layout wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  expect(dialogs).toEqual([]);
});

test.describe("on a tablet", () => {
  test.use({ viewport: { width: 1180, height: 820 }, isMobile: false, hasTouch: false });

  test("shows the list and the ticket side by side, driven by the keyboard", async ({ page }) => {
    await expect(page.getByText("Choose a ticket from the list.")).toBeVisible();
    await page.keyboard.press("j");
    const first = rows(page).first().getByRole("link");
    await expect(first).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
    const firstNumber = await first.locator(".ticket-row__number").textContent();
    await expect(page.getByRole("heading", { level: 1, name: firstNumber! })).toBeVisible();

    await page.keyboard.press("j");
    const second = rows(page).nth(1).getByRole("link");
    await expect(second).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 1, name: (await second.locator(".ticket-row__number").textContent())! })).toBeVisible();
    // Both panes at once: the list is still there.
    await expect(page.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();

    await page.keyboard.press("/");
    await expect(page.getByRole("searchbox", { name: "Search tickets" })).toBeFocused();
  });
});

test("pulling down at the top of the list refreshes it", async ({ page }) => {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: "touchStart" | "touchMove" | "touchEnd", y: number) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x: 200, y }] });
  const listRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === "/api/v1/tickets") listRequests.push(request.url());
  });

  await touch("touchStart", 300);
  for (let y = 320; y <= 560; y += 40) await touch("touchMove", y);
  await expect(page.getByText("Release to refresh")).toBeVisible();
  expect(listRequests).toEqual([]);
  await touch("touchEnd", 560);
  await expect.poll(() => listRequests.length).toBeGreaterThan(0);
  await expect(page.getByText("Release to refresh")).toBeHidden();
});
