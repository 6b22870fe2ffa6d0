import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, resetSandbox, serverApi, setFaults, storedJson, test } from "./fixtures";
import { shot } from "./kit/screen-checks";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: TIC001020's location has a full address, TIC001021's contact a phone that is a sentence.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
// The offline journeys wait for the service worker, the persisted cache and the outbox's undo window.
test.describe.configure({ timeout: 120_000 });

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

const openCard = async (page: Page) => {
  await page.getByRole("button", { name: /^Contact:/ }).click();
  return ticketPage(page).sheet("Contact");
};

/**
 * The phone's dialler takes `tel:` links. Headless Chromium has none, and its attempt to hand the link to the
 * system stalled the page (the outbox never saved the logged call): the link's default is stopped after the app's
 * own click handler has run, as the system would take it over.
 */
const phoneAppTakesCalls = (page: Page) =>
  page.evaluate(() =>
    document.addEventListener("click", (event) => {
      if (event.target instanceof Element && event.target.closest('a[href^="tel:"]')) event.preventDefault();
    }),
  );

/** What the browser does when the technician comes back from the phone app. */
const comeBack = (page: Page) => page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));

async function serviceWorkerInControl(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}

test("the card has the contact's phone and e-mail and the address with Google Maps directions", async ({ page, sandbox }) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001020");
  const card = await openCard(page);
  await expect(card.getByRole("link", { name: /^Call \+1 503 555 \d{4}$/ })).toHaveAttribute("href", /^tel:\+1503555\d{4}$/);
  await expect(card.getByRole("link", { name: /^Write to .+@/ })).toHaveAttribute("href", /^mailto:.+@.+\.example$/);
  await expect(card.locator("address")).toHaveText(/1200 NW Naito Parkway\s*Suite 200\s*Portland, OR 97209\s*United States/);
  const directions = card.getByRole("link", { name: "Directions" });
  await expect(directions).toHaveAttribute(
    "href",
    /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=1200%20NW%20Naito%20Parkway/,
  );
  await expect(directions).toHaveAttribute("target", "_blank");
  await page.screenshot({ path: shot("card.png") });
  await expectNoAxeViolations(page);
});

test.describe("on an iPhone", () => {
  test.use({ userAgent: IPHONE });

  test("directions open Apple Maps", async ({ page, sandbox }) => {
    await openSeededTicket(page, sandbox.apiUrl, "TIC001020");
    const card = await openCard(page);
    await expect(card.getByRole("link", { name: "Directions" })).toHaveAttribute("href", /^https:\/\/maps\.apple\.com\/\?daddr=1200%20NW/);
  });
});

test("the card opens offline from what was seen", async ({ page, context, sandbox }) => {
  await serviceWorkerInControl(page);
  await openSeededTicket(page, sandbox.apiUrl, "TIC001020");
  await expect((await openCard(page)).locator("address")).toContainText("Naito Parkway");
  // The persisted cache is written at most once a second: wait until it holds the card's own query (the create
  // form's saved locations carry the same street).
  await expect.poll(() => storedJson(page, "alga.queryCache:")).toContain("clientAddresses");

  await context.setOffline(true);
  await page.reload();
  const card = await openCard(page);
  await expect(card.locator("address")).toContainText("1200 NW Naito Parkway");
  await expect(card.getByRole("link", { name: /^Call / })).toBeVisible();
  await context.setOffline(false);
});

test("a call logged offline reaches the server once, though the answer to its first send is lost", async ({ page, context, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001020");
  const ticket = ticketPage(page);
  const card = await openCard(page);
  await expect(card.locator("address")).toBeVisible();
  await context.setOffline(true);
  await phoneAppTakesCalls(page);
  await card.getByRole("link", { name: /^Call / }).click();
  await comeBack(page);

  const prompt = ticket.sheet("Log this call?");
  await expect(prompt.getByRole("textbox", { name: "Length in minutes" })).toHaveValue("1");
  await expect(prompt.getByRole("combobox", { name: "Type" })).toHaveValue(/.+/);
  await expect(prompt.getByRole("combobox", { name: "Type" }).locator("option:checked")).toHaveText("Call");
  await prompt.getByRole("textbox", { name: "Length in minutes" }).fill("6");
  const notes = `Talked through the toner swap ${Date.now()}`;
  await prompt.getByRole("textbox", { name: "Notes" }).fill(notes);
  await page.screenshot({ path: shot("call-prompt.png") });
  await expectNoAxeViolations(page);
  await prompt.getByRole("button", { name: "Save" }).click();
  await expect(prompt).toBeHidden();

  await ticket.section("Calls and e-mails").click();
  const calls = page.getByRole("list", { name: "Calls and e-mails" });
  await expect(calls.getByRole("listitem").filter({ hasText: notes })).toContainText("Waiting to send");

  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await context.setOffline(false);
  const logged = async () =>
    (
      (await serverApi(page, sandbox.apiUrl, `/api/v1/interactions?ticket_id=${ticketId}`)).body.data as {
        notes: string;
        duration: number;
      }[]
    ).filter((row) => row.notes === notes);
  await expect.poll(async () => (await logged()).length, { timeout: 45_000 }).toBe(1);
  await expect(calls.getByRole("listitem").filter({ hasText: notes })).not.toContainText("Waiting to send", { timeout: 30_000 });
  await expect(ticket.pending).toBeHidden({ timeout: 30_000 });
  expect(await logged()).toEqual([expect.objectContaining({ duration: 6 })]);
  await expect(calls.getByRole("listitem").filter({ hasText: notes })).toHaveCount(1);
});

test("a Technician who may not read clients gets a plain line, and a phone that is words is not a call link", async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, { technicianRole: "olderTenant" });
  await openSeededTicket(page, sandbox.apiUrl, "TIC001021");
  const card = await openCard(page);
  await expect(card.getByText("Your Alga role may not read client addresses, so there are no directions here.")).toBeVisible();
  await expect(card.getByText("Ask at reception for Dana")).toBeVisible();
  await expect(card.getByRole("link", { name: /^Call/ })).toHaveCount(0);
  await expect(card.getByRole("link", { name: /^Write to / })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a location without a street shows what is known and offers no directions", async ({ page, sandbox }) => {
  await openSeededTicket(page, sandbox.apiUrl, "TIC001021");
  const card = await openCard(page);
  await expect(card.locator("address")).toHaveText(/Beaverton 97005\s*United States/);
  await expect(card.getByText("No street address on file: ask the contact for directions.")).toBeVisible();
  await expect(card.getByRole("link", { name: "Directions" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Copy address" })).toBeVisible();
});
