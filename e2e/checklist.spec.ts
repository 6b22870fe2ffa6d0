import { expect, expectNoAxeViolations, resetSandbox, serverApi, setFaults, test } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: TIC001002 has four checklist items, one done.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
// Each journey waits for the outbox's undo window and a round trip or two.
test.describe.configure({ timeout: 90_000 });

interface Item {
  item_name: string;
  completed: boolean;
}
const checklistOf = async (page: import("@playwright/test").Page, apiUrl: string, ticketId: string) =>
  (await serverApi(page, apiUrl, `/api/v1/tickets/${ticketId}/checklist`)).body.data as Item[];

test("an item ticked offline is ticked on the server once back online, and the progress follows", async ({ page, context, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001002");
  const ticket = ticketPage(page);
  await expect(ticket.section("Checklist")).toHaveText("Checklist 1/4 done");
  await ticket.section("Checklist").click();

  await context.setOffline(true);
  const item = page.getByRole("checkbox", { name: "Apply the fix" });
  // The tick shows once the outbox holds it (a write to IndexedDB, a few milliseconds later).
  await item.click();
  await expect(item).toBeChecked();
  await expect(page.getByRole("listitem").filter({ has: item })).toContainText("not sent yet");
  await expect(ticket.section("Checklist")).toHaveText("Checklist 2/4 done");
  await context.setOffline(false);

  await expect
    .poll(async () => (await checklistOf(page, sandbox.apiUrl, ticketId)).find((i) => i.item_name === "Apply the fix")?.completed, {
      timeout: 30_000,
    })
    .toBe(true);
  await expect(page.getByRole("listitem").filter({ has: item })).not.toContainText("not sent yet", { timeout: 20_000 });
  await expect(item).toBeChecked();
});

test("an item added while the answer is lost is on the server once, and blank input is refused first", async ({ page, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  await ticketPage(page).section("Checklist").click();
  const form = page.getByRole("form", { name: "Add a checklist item" });
  await form.getByRole("button", { name: "Add" }).click();
  await expect(form.getByRole("alert")).toHaveText("Type what needs doing first.");

  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  const name = `Label the patch cable ${Date.now()}`;
  await form.getByRole("textbox", { name: "New item" }).fill(name);
  await form.getByRole("checkbox", { name: "Required before closing" }).check();
  await form.getByRole("button", { name: "Add" }).click();
  await expect(page.getByRole("checkbox", { name })).toBeVisible();
  await expect(page.getByRole("region", { name: /Not sent yet/ })).toBeHidden({ timeout: 30_000 });
  await expect(page.getByRole("checkbox", { name })).toBeEnabled({ timeout: 20_000 });

  const items = await checklistOf(page, sandbox.apiUrl, ticketId);
  expect(items.filter((item) => item.item_name === name)).toHaveLength(1);
  await expect(page.getByRole("checkbox", { name })).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test("a tap anywhere on an item's card ticks it, not only on its small box", async ({ page, sandbox }) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001002");
  await ticketPage(page).section("Checklist").click();
  const item = page.getByRole("checkbox", { name: "Photo of the serial label" });
  const card = page.getByRole("listitem").filter({ has: item });
  const size = (await card.boundingBox())!;
  expect(size.height).toBeGreaterThanOrEqual(44);
  // Near the card's right edge, under the label's last word: where a thumb lands on a wide card.
  await card.click({ position: { x: size.width - 12, y: size.height - 10 } });
  await expect(item).toBeChecked();
});
