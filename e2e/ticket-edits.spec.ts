import { expect, expectNoAxeViolations, resetSandbox, serverApi, test } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: TIC001002's comments are all the client's.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
test.describe.configure({ timeout: 90_000 });

test("edits the title, refusing a blank one first", async ({ page, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001002");
  await page.getByRole("button", { name: "Edit title" }).click();
  const sheet = ticketPage(page).sheet("Edit title");
  const field = sheet.getByRole("textbox", { name: "Title" });
  await field.fill("   ");
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await expect(sheet.getByRole("alert")).toHaveText("A ticket needs a title.");
  await expectNoAxeViolations(page);

  await field.fill("Outlook asks the CEO for his password again ");
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Outlook asks the CEO for his password again/ })).toBeVisible();
  await expect
    .poll(async () => ((await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { title: string }).title, {
      timeout: 30_000,
    })
    .toBe("Outlook asks the CEO for his password again");
});

test("edits one's own comment; someone else's comment offers a reply, never an edit", async ({ page, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001002");
  const others = page.locator(".comment").filter({ hasText: "Can someone call me back" });
  await expect(others.getByRole("button", { name: /^Reply to/ })).toBeVisible();
  await expect(others.getByRole("button", { name: "Edit your comment" })).toHaveCount(0);

  const note = `Called the CEO ${Date.now()}`;
  await ticketPage(page).sendNote(note);
  const mine = page.locator(".comment").filter({ hasText: note });
  await expect(mine.getByRole("button", { name: "Edit your comment" })).toBeVisible({ timeout: 30_000 });
  await mine.getByRole("button", { name: "Edit your comment" }).click();
  const sheet = ticketPage(page).sheet("Edit comment");
  await sheet.getByRole("textbox", { name: "Your comment" }).fill(`${note}, no answer`);
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.locator(".comment").filter({ hasText: `${note}, no answer` })).toBeVisible();

  await expect
    .poll(
      async () =>
        ((await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as { comment_text: string }[]).filter(
          (comment) => comment.comment_text.startsWith(note),
        ),
      { timeout: 30_000 },
    )
    .toEqual([expect.objectContaining({ comment_text: `${note}, no answer` })]);
});

test("a saved reply goes into the composer at the cursor, keeping the draft", async ({ page, sandbox }) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  const composer = ticketPage(page).composer;
  await composer.fill("Hi Tom, . Regards");
  await composer.evaluate((field: HTMLTextAreaElement) => field.setSelectionRange(8, 8));
  await page.getByRole("button", { name: "Saved replies" }).click();
  const sheet = ticketPage(page).sheet("Saved replies");
  await sheet.getByRole("button", { name: "+ New saved reply" }).click();
  await sheet.getByRole("textbox", { name: "New saved reply" }).fill("I'm on my way");
  await sheet.getByRole("button", { name: "Save", exact: true }).click();
  await expectNoAxeViolations(page);
  await sheet.getByRole("button", { name: "Insert: I'm on my way" }).click();

  await expect(composer).toHaveValue("Hi Tom, I'm on my way. Regards");
  await expect(composer).toBeFocused();
  // Kept on this device for the next ticket.
  await page.reload();
  await page.getByRole("button", { name: "Saved replies" }).click();
  await expect(sheet.getByRole("button", { name: "Insert: I'm on my way" })).toBeVisible();
});

test.describe("on a tablet, by keyboard", () => {
  test.use({ viewport: { width: 1180, height: 820 }, isMobile: false, hasTouch: false });

  test("adds a tag and ticks a checklist item without a pointer", async ({ page, sandbox }) => {
    await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
    await page.getByRole("button", { name: "+ Tag" }).focus();
    await page.keyboard.press("Enter");
    await expect(ticketPage(page).sheet("Add a tag")).toBeVisible();
    await page.keyboard.type("kbd");
    await page.keyboard.press("Enter");
    await expect(ticketPage(page).sheet("Add a tag")).toBeHidden();
    await expect(page.getByRole("list", { name: "Tags" }).first()).toContainText("#kbd");

    await ticketPage(page).section("Checklist").focus();
    await page.keyboard.press("Enter");
    const item = page.getByRole("checkbox", { name: "Tell the user it is solved" });
    await item.focus();
    await page.keyboard.press("Space");
    await expect(item).toBeChecked();
  });
});
