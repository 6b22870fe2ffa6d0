import type { Locator, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, openFirstTicket, resetSandbox, test } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });

const LONG_TITLE =
  "QuickBooks license error at the front desk after the Windows update KB5034441 on reception PC-2 — client says it also happens on the back-office laptop when the VPN is connected and Outlook is open";

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  expect(found).not.toBeNull();
  return found!;
}

/** The height between the fixed chrome at the top (timer bar, top bar) and the dock: what is left to read the ticket in. */
async function ticketShare(page: Page): Promise<number> {
  const top = await box(page.locator(".top-bar"));
  const dock = await box(page.locator(".action-dock"));
  return (dock.y - (top.y + top.height)) / page.viewportSize()!.height;
}

/** Lines a block of text takes, from its height and its line height. */
function lines(locator: Locator): Promise<number> {
  return locator.evaluate((element) =>
    Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)),
  );
}

test("a phone turned to landscape keeps one column, and the dock leaves at least half the screen to the ticket", async ({
  page,
  sandbox,
}) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(page.getByRole("button", { name: "Pause timer" })).toBeVisible();
  await page.setViewportSize({ width: 844, height: 390 });
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(page.getByRole("list", { name: "Open tickets" })).toHaveCount(0);
  expect(await ticketShare(page)).toBeGreaterThanOrEqual(0.5);
});

test("at 200 % text the dock starts below the middle of the screen and the ticket number is shown whole", async ({ page, sandbox }) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001001");
  // The app has a strict CSP (no inline style): set the text size through the CSSOM, as a browser setting would.
  await page.evaluate(() => (document.documentElement.style.fontSize = "200%"));
  const dock = await box(page.locator(".action-dock"));
  expect(dock.y).toBeGreaterThan(844 / 2);
  const number = page.getByRole("heading", { level: 1 });
  await expect(number).toHaveText("TIC001001");
  expect(await number.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  await expectNoAxeViolations(page);
});

test("while a note is typed the action rows fold away and the conversation stays in sight", async ({ page, sandbox }) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  const ticket = ticketPage(page);
  // The on-screen keyboard, as Chrome on Android lays the page out with it (interactive-widget=resizes-content).
  await page.setViewportSize({ width: 390, height: 520 });
  await ticket.composer.click();
  await ticket.composer.fill("Swapped the monitor cable; flicker gone.");
  await expect(page.getByRole("button", { name: "Log time" })).toBeHidden();
  await expect(page.getByRole("radio", { name: "Internal" })).toBeVisible();

  const tabs = await box(page.getByRole("tablist"));
  const dock = await box(page.locator(".action-dock"));
  const shown = await page.locator(".comment").evaluateAll(
    (comments, [from, to]) =>
      comments.filter((comment) => {
        const { top, bottom } = comment.getBoundingClientRect();
        return Math.min(bottom, to!) - Math.max(top, from!) >= 40;
      }).length,
    [tabs.y + tabs.height, dock.y],
  );
  expect(shown).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Show the ticket actions" }).click();
  await expect(page.getByRole("button", { name: "Log time" })).toBeVisible();
  await expect(ticket.composer).toHaveValue("Swapped the monitor cable; flicker gone.");
});

test("the dock keeps to two rows, with the rarer actions under More", async ({ page }) => {
  await openFirstTicket(page);
  const dock = page.locator(".action-dock");
  const row = (await box(page.getByRole("button", { name: "Log time" }))).height;
  // Two rows of buttons, their gap and the dock's padding.
  const twoRows = 2 * row + 32;
  expect((await box(dock)).height).toBeLessThanOrEqual(twoRows);
  await expect(page.getByRole("button", { name: "Assign me" })).toHaveCount(0);

  await page.getByRole("button", { name: "Start timer" }).click();
  await expect(page.getByRole("button", { name: "Pause timer" })).toBeVisible();
  expect((await box(dock)).height).toBeLessThanOrEqual(twoRows);

  await page.getByRole("button", { name: "More actions" }).click();
  const more = ticketPage(page).sheet("More actions");
  await expect(more.getByRole("button", { name: "Resolve…" })).toBeVisible();
  await expectNoAxeViolations(page);
  await more.getByRole("button", { name: "Assign me" }).click();
  await expect(more).toBeHidden();
  await expect(page.getByRole("button", { name: "More actions" })).toBeFocused();
  await expect(ticketPage(page).toast).toContainText("Assigned to you");
  await expect(ticketPage(page).chip("Assignee")).toContainText("Taylor Morgan");
});

test("a long title takes two lines on the ticket and in the toast, and shows whole on a tap", async ({ page }) => {
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  await page.getByRole("button", { name: "Edit title" }).click();
  await ticket.sheet("Edit title").getByRole("textbox", { name: "Title" }).fill(LONG_TITLE);
  await ticket.sheet("Edit title").getByRole("button", { name: "Save", exact: true }).click();

  await expect(ticket.toast).toContainText("Title → QuickBooks");
  expect(await lines(ticket.toast.locator(".toast__message"))).toBeLessThanOrEqual(2);
  const title = page.getByRole("heading", { level: 2 });
  await expect(title).toContainText(LONG_TITLE);
  expect(await lines(title.locator(".ticket-header__title-text"))).toBe(2);

  await page.getByRole("button", { name: "Show the whole title" }).click();
  expect(await lines(title.locator(".ticket-header__title-text"))).toBeGreaterThan(2);
  await expectNoAxeViolations(page);
});
