import { expect, expectNoAxeViolations, resetSandbox, serverApi, test } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: TIC001002 is tagged billing and hardware.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
test.describe.configure({ timeout: 90_000 });

const tagsOf = async (page: import("@playwright/test").Page, apiUrl: string, ticketId: string) =>
  ((await serverApi(page, apiUrl, `/api/v1/tags/entity/ticket/${ticketId}`)).body.data as { tags: { tag_text: string }[] }).tags.map(
    (tag) => tag.tag_text,
  );

test("adds a new tag and removes one, each on the server once", async ({ page, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001002");
  const tags = page.getByRole("list", { name: "Tags" }).first();
  await expect(tags).toContainText("#billing");

  await page.getByRole("button", { name: "+ Tag" }).click();
  const sheet = ticketPage(page).sheet("Add a tag");
  await sheet.getByRole("searchbox", { name: "Find or create a tag" }).fill("Onsite Visit ");
  await expect(sheet.getByRole("button", { name: "Add new tag “onsite visit”" })).toBeVisible();
  await expectNoAxeViolations(page);
  await sheet.getByRole("button", { name: "Add new tag “onsite visit”" }).click();
  await expect(tags).toContainText("#onsite visit");

  await page.getByRole("button", { name: "Remove tag billing" }).click();
  await expect(tags).not.toContainText("#billing");
  await expect.poll(() => tagsOf(page, sandbox.apiUrl, ticketId), { timeout: 30_000 }).toEqual(["hardware", "onsite visit"]);
  await expect(tags).not.toContainText("not sent yet", { timeout: 20_000 });
});

test("the tag filter lives in the address and survives a reload", async ({ page }) => {
  await page.getByRole("button", { name: "Sort & filter" }).click();
  const sheet = page.getByRole("dialog", { name: "Sort and filter" });
  await sheet.getByRole("combobox", { name: "Tag" }).fill("VIP");
  await sheet.getByRole("combobox", { name: "Tag" }).press("Enter");
  await sheet.getByRole("button", { name: /^Show/ }).click();
  await expect(page).toHaveURL(/[?&]tag=vip(&|$)/);
  await expect(page.getByRole("button", { name: "Remove Tag: vip" })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/[?&]tag=vip(&|$)/);
  const rows = page.getByRole("list", { name: "Open tickets" }).getByRole("listitem");
  // The list renders only the rows near the screen, and fewer once their heights are measured: read them as they are.
  await expect
    .poll(async () => {
      const texts = await rows.allInnerTexts();
      return texts.length > 0 && texts.every((text) => text.includes("#vip"));
    })
    .toBe(true);
  await page.getByRole("button", { name: "Remove Tag: vip" }).click();
  await expect(page).not.toHaveURL(/tag=/);
});
