import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, serverApi, setFaults, startSignedIn, test, type TestSandbox } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { shot } from "./kit/screen-checks";
import { ticketPage } from "./ticket-page";

// Each journey signs in after choosing the server it plays (the app learns what it allows from its first calls).
// A journey waits for the outbox's undo window and a round trip or two.
test.describe.configure({ timeout: 90_000 });

interface ServerComment {
  comment_id: string;
  comment_text: string;
  publish_state: string;
  email_recipients?: { cc: { email: string }[] } | null;
}
const commentsOn = async (page: Page, apiUrl: string, ticketId: string) =>
  (await serverApi(page, apiUrl, `/api/v1/tickets/${ticketId}/comments`)).body.data as ServerComment[];
const commentOn = async (page: Page, apiUrl: string, ticketId: string, text: string) =>
  (await commentsOn(page, apiUrl, ticketId)).find((comment) => comment.comment_text === text);

/** What the app learned of the scheduled-comments probe, once it answered. */
const probed = (page: Page) =>
  expect
    .poll(() =>
      page.evaluate(() =>
        Object.keys(localStorage).some((key) => key.startsWith("alga.serverFeatures:") && /scheduledComments/.test(localStorage[key])),
      ),
    )
    .toBe(true);

async function signInTo(page: Page, sandbox: TestSandbox, faults: Record<string, unknown>) {
  await setFaults(sandbox.apiUrl, faults);
  await startSignedIn(page, sandbox.apiUrl);
}

const supportRow = (page: Page, name: string) => page.locator(".settings__support > div", { hasText: name });

async function openSettings(page: Page) {
  await page.goto("/settings");
  await expect(page.getByRole("heading", { name: "What this server supports" })).toBeVisible();
}

test("on a newer server a public reply carries Cc, and one sent later can be cancelled", async ({ page, sandbox }) => {
  await signInTo(page, sandbox, { newerServer: true });
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  await probed(page);
  const ticket = ticketPage(page);

  await (await ticket.visibility("Public")).check();
  await page.getByRole("button", { name: "Cc/Bcc" }).click();
  await page.getByRole("textbox", { name: "Cc", exact: true }).fill("boss@example.com");
  await ticket.composer.fill("Parts ordered, copy to your manager");
  await page.screenshot({ path: shot("composer-cc.png") });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Send public reply" }).click();
  await expect
    .poll(async () => (await commentOn(page, sandbox.apiUrl, ticketId, "Parts ordered, copy to your manager"))?.email_recipients?.cc)
    .toEqual([expect.objectContaining({ email: "boss@example.com" })]);

  await (await ticket.visibility("Public")).check();
  await page.getByRole("button", { name: "Send later" }).click();
  const when = page.getByLabel(/^Send on \(time zone /);
  await ticket.composer.fill("Back on Monday");
  await when.fill("2020-01-06T09:00");
  await page.getByRole("button", { name: "Send public reply" }).click();
  await expect(page.getByRole("alert")).toHaveText("That time has already passed. Pick a later one.");
  await page.screenshot({ path: shot("composer-later-passed.png") });

  await when.fill("2030-01-07T09:00");
  await page.getByRole("button", { name: "Send public reply" }).click();
  await expect.poll(async () => (await commentOn(page, sandbox.apiUrl, ticketId, "Back on Monday"))?.publish_state).toBe("scheduled");
  const scheduled = page.locator(".comment", { hasText: "Back on Monday" });
  await expect(scheduled).toContainText("Scheduled for");
  await scheduled.scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot("scheduled-reply.png") });
  await expectNoAxeViolations(page);

  await scheduled.getByRole("button", { name: /^Cancel the reply scheduled for/ }).click();
  await expect.poll(async () => (await commentOn(page, sandbox.apiUrl, ticketId, "Back on Monday"))?.publish_state).toBe("canceled");
  await expect(scheduled).toHaveCount(0);
  // Once: the cancel left the outbox, and nothing else was published.
  expect((await commentsOn(page, sandbox.apiUrl, ticketId)).filter((comment) => comment.comment_text === "Back on Monday")).toHaveLength(1);
});

test("on the default (2026-08-22) server the reply offers neither Cc/Bcc nor Send later", async ({ page, sandbox }) => {
  await signInTo(page, sandbox, {});
  await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  await probed(page);
  await (await ticketPage(page).visibility("Public")).check();
  await expect(page.getByRole("button", { name: "Send public reply" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cc/Bcc" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send later" })).toHaveCount(0);
  await page.screenshot({ path: shot("composer-older.png") });
});

for (const { name, faults, expected } of [
  {
    name: "a newer server",
    faults: { newerServer: true },
    expected: { "Cc/Bcc and send later on public replies": "On", "Your Alga language and time zone": "On" },
  },
  {
    name: "the default server",
    faults: {},
    expected: { "Cc/Bcc and send later on public replies": "Off: this Alga server is too old for it", "For me (the activity feed)": "On" },
  },
  {
    name: "a newer server, as a Technician of a newly onboarded tenant",
    faults: { newerServer: true, technicianRole: "newTenant" },
    expected: {
      "Cc/Bcc and send later on public replies": "On",
      "Your Alga language and time zone": "Off: your Alga role lacks the permission",
    },
  },
]) {
  test(`Settings lists what ${name} allows`, async ({ page, sandbox }) => {
    await signInTo(page, sandbox, faults);
    await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
    await probed(page);
    await openSettings(page);
    for (const [feature, state] of Object.entries(expected)) await expect(supportRow(page, feature)).toContainText(state);
    await page.getByRole("heading", { name: "What this server supports" }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot(`settings-${name.replace(/\W+/g, "-")}.png`) });
    await expectNoAxeViolations(page);
  });
}
