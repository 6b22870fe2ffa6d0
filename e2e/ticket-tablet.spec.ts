import { expect, openFirstTicket, resetSandbox, test } from "./fixtures";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test.describe("tablet, landscape 1180×820", () => {
  test.use({ viewport: { width: 1180, height: 820 }, signedIn: true });

  test("the ticket pane shows the conversation beside the other sections", async ({ page }) => {
    await openFirstTicket(page);
    const ticket = ticketPage(page);
    const conversation = page.getByRole("region", { name: "Conversation" });
    await expect(conversation).toBeVisible();
    await expect(ticket.section("Details")).toHaveAttribute("aria-selected", "true");
    await expect(ticket.section("Conversation")).toHaveCount(0);
    const [left, right] = [await conversation.boundingBox(), await page.getByRole("tabpanel").boundingBox()];
    expect(right!.x).toBeGreaterThan(left!.x + left!.width - 1);
    for (const action of ["Log time", "Resolve…", "More actions"])
      await expect(page.getByRole("button", { name: action })).toBeInViewport();
  });

  test("single-key shortcuts open the status and time sheets and the composer; ? lists them; Esc gives focus back", async ({ page }) => {
    await openFirstTicket(page);
    const ticket = ticketPage(page);
    await page.locator("body").press("s");
    await expect(ticket.sheet("Status")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(ticket.sheet("Status")).toBeHidden();

    await ticket.chip("Priority").focus();
    await page.keyboard.press("Enter");
    await expect(ticket.sheet("Priority")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(ticket.chip("Priority")).toBeFocused();

    await page.keyboard.press("t");
    await expect(ticket.sheet("Log time")).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(ticket.sheet("Log time")).toBeHidden();
    // A key while a sheet is still open goes to the sheet: wait until it has closed, as the eye does.
    await expect(page.locator("dialog[open]")).toHaveCount(0);

    await page.keyboard.press("?");
    await expect(ticket.sheet("Keyboard shortcuts")).toContainText("Change the status");
    await page.keyboard.press("Escape");
    await expect(ticket.sheet("Keyboard shortcuts")).toBeHidden();

    await page.keyboard.press("c");
    await expect(ticket.composer).toBeFocused();
    // Typing in the composer is typing, not shortcuts.
    await page.keyboard.type("st");
    await expect(ticket.composer).toHaveValue("st");
    await expect(page.locator("dialog[open]")).toHaveCount(0);
  });
});

test.describe("tablet, portrait 820×1180", () => {
  test.use({ viewport: { width: 820, height: 1180 }, signedIn: true });

  test("one column with sections, and every action on the first screen", async ({ page }) => {
    await openFirstTicket(page);
    const ticket = ticketPage(page);
    await expect(ticket.section("Conversation")).toHaveAttribute("aria-selected", "true");
    for (const target of [ticket.chip("Status"), page.getByRole("button", { name: "Log time" }), ticket.composer])
      await expect(target).toBeInViewport({ ratio: 1 });
    await ticket.section("Time").click();
    await expect(page.getByRole("tabpanel")).toContainText("No time logged yet");
  });
});
