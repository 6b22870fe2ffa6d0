import type { Page } from "@playwright/test";
import { expect, startSignedIn, test } from "./fixtures";

const rows = (page: Page) => page.getByRole("list", { name: /tickets/i }).getByRole("listitem");
const firstRowTop = async (page: Page) => (await rows(page).first().boundingBox())!.y;

test.beforeEach(async ({ page, sandbox }) => {
  await startSignedIn(page, sandbox.apiUrl);
});

test("on a phone the controls leave the first ticket in the top quarter, with filters applied and the sheet open", async ({ page }) => {
  const quarter = page.viewportSize()!.height * 0.25;
  expect(await firstRowTop(page)).toBeLessThanOrEqual(quarter);

  await page.getByRole("button", { name: "High priority" }).click();
  await page.getByRole("button", { name: "Sort & filter" }).click();
  const sheet = page.getByRole("dialog", { name: "Sort and filter" });
  await sheet.getByRole("combobox", { name: "Tickets" }).selectOption("all");
  await sheet.getByRole("combobox", { name: "Sort by" }).selectOption("entered_at");
  await expect(page).toHaveURL(/state=all/);
  // The sheet lies over the list; it does not push the list down.
  await expect(sheet).toBeVisible();
  expect(await firstRowTop(page)).toBeLessThanOrEqual(quarter);

  await page.keyboard.press("Escape");
  await expect(sheet).toBeHidden();
  await expect(page.getByRole("button", { name: "Sort & filter" })).toBeFocused();
  // What the sheet set stays in view, in the one row of chips.
  await expect(page.getByRole("button", { name: "Remove Open and closed" })).toBeVisible();
  await expect(page.getByRole("button", { name: "High priority" })).toHaveAttribute("aria-pressed", "true");
  expect(await firstRowTop(page)).toBeLessThanOrEqual(quarter);
});

test("rows say who a ticket is assigned to; the unassigned count is a 44 px tap to those tickets; no overdue figure", async ({ page }) => {
  await expect(rows(page).first()).toContainText(/Assigned to \S+|Unassigned/);
  await expect(page.getByText(/overdue/i)).toHaveCount(0);
  const unassigned = page.getByRole("button", { name: /^\d+ unassigned, open and closed/ });
  const box = (await unassigned.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(44);
  expect(box.width).toBeGreaterThanOrEqual(44);
  await unassigned.click();
  await expect(page).toHaveURL(/assignee=unassigned/);
  for (const text of await rows(page).allInnerTexts()) expect(text).toContain("Unassigned");
});

test("Esc leaves the search box for the list and keeps the search; j then moves through the rows", async ({ page }) => {
  const search = page.getByRole("searchbox", { name: "Search tickets" });
  await search.fill("printer");
  await expect(page).toHaveURL(/q=printer/);
  await expect(rows(page).first()).toContainText(/printer/i);
  await search.press("Escape");
  await expect(search).toHaveValue("printer");
  await expect(rows(page).first().getByRole("link")).toBeFocused();
  await page.keyboard.press("j");
  await expect(rows(page).nth(1).getByRole("link")).toBeFocused();
  await expect(search).toHaveValue("printer");
  await expect(page).toHaveURL(/q=printer/);
});

test.describe("on a tablet held upright", () => {
  test.use({ viewport: { width: 820, height: 1180 }, isMobile: false, hasTouch: true });

  test("shows the list beside the ticket, and Enter on a row moves the focus into the ticket", async ({ page }) => {
    await expect(page.getByText("Choose a ticket from the list.")).toBeVisible();
    await page.keyboard.press("j");
    await expect(rows(page).first().getByRole("link")).toBeFocused();
    await page.keyboard.press("j");
    const second = rows(page).nth(1).getByRole("link");
    await expect(second).toBeFocused();
    const number = (await second.locator(".ticket-row__number").textContent())!;
    await expect(page.getByRole("heading", { level: 1, name: number })).toBeVisible();

    // Enter on the row already open beside the list: into its ticket.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: number })).toBeFocused();

    // Back to the list with the mouse-free way in, then Enter on another row opens it and moves in.
    await page.keyboard.press("/");
    await page.keyboard.press("Escape");
    await expect(second).toBeFocused();
    await page.keyboard.press("k");
    const first = rows(page).first().getByRole("link");
    await expect(first).toBeFocused();
    await page.keyboard.press("Enter");
    const firstNumber = (await first.locator(".ticket-row__number").textContent())!;
    await expect(page.getByRole("heading", { level: 1, name: firstNumber })).toBeFocused();
    // Both panes are there: the list did not give way to the ticket.
    await expect(page.getByRole("heading", { level: 1, name: "Tickets" })).toBeVisible();
  });
});

test("the manifest's shortcuts open my tickets, the unassigned ones and a note on the last ticket", async ({ page }) => {
  const manifest = (await (await page.request.get("/manifest.webmanifest")).json()) as {
    shortcuts: { short_name?: string; name: string; url: string }[];
  };
  const url = (name: string) => manifest.shortcuts.find((shortcut) => (shortcut.short_name ?? shortcut.name) === name)!.url;

  await page.goto(url("My tickets"));
  await expect(page.getByRole("button", { name: "My tickets" })).toHaveAttribute("aria-pressed", "true");
  await expect(rows(page).first()).toContainText("Assigned to you");

  await page.goto(url("Unassigned"));
  await expect(page.getByRole("button", { name: "Unassigned", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(rows(page).first()).toContainText("Unassigned");

  // No ticket opened yet on this device: the list.
  await page.goto(url("New note"));
  await expect(page).toHaveURL(/\/tickets(\?|$)/);
  await expect(rows(page).first()).toBeVisible();

  const link = rows(page).nth(2).getByRole("link");
  const ticketPath = (await link.getAttribute("href"))!.split("?")[0]!;
  await link.click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await page.goto("/settings");
  await page.goto(url("New note"));
  await expect(page).toHaveURL(new RegExp(`${ticketPath}$`));
  await expect(page.locator("textarea:focus")).toHaveCount(1);
  await page.keyboard.type("On my way");
  await expect(page.locator("textarea:focus")).toHaveValue("On my way");
});
