import type { Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { expect, expectNoAxeViolations, resetSandbox, serverApi, setFaults, startSignedIn, test } from "./fixtures";
import { apiSignIn } from "./kit/api-sign-in";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: tech@example.com is an additional agent only on two open tickets of colleagues.
test.beforeAll(resetSandbox);
test.use({ signedIn: true });
// Each journey waits for the outbox's undo window and a round trip or two.
test.describe.configure({ timeout: 90_000 });

const SHOTS = "/work/notes/shots/agents";

interface Agents {
  primary_agent: { user_id: string } | null;
  additional_agents: { user_id: string; first_name: string | null }[];
}
const agentsOf = async (page: Page, apiUrl: string, ticketId: string) =>
  (await serverApi(page, apiUrl, `/api/v1/tickets/${ticketId}/agents`)).body.data as Agents;
const additionalNames = async (page: Page, apiUrl: string, ticketId: string) =>
  (await agentsOf(page, apiUrl, ticketId)).additional_agents.map((agent) => agent.first_name);

async function openAgents(page: Page) {
  await ticketPage(page).chip("Assignee").click();
  const sheet = ticketPage(page).sheet("Assignee");
  await expect(sheet.getByRole("heading", { name: "Working on this ticket" })).toBeVisible();
  return sheet;
}

/** Picks from the agents listed before anything is typed: offline, that list is the one on the device. */
async function addAgent(page: Page, name: string) {
  const sheet = ticketPage(page).sheet("Assignee");
  await sheet.getByRole("button", { name: "Add an agent" }).click();
  await sheet
    .getByRole("list", { name: "Agents to add", exact: true })
    .getByRole("button", { name: new RegExp(name) })
    .click();
}

/** How many open tickets the server's `assigned_to` filter finds for the technician (primaries only). */
async function primaryOpenCount(page: Page, apiUrl: string) {
  const { userId } = await serverApi(page, apiUrl, "/api/v1/tickets/stats");
  const { body } = await serverApi(page, apiUrl, `/api/v1/tickets?fields=mobile_list&is_open=true&limit=1&assigned_to=${userId}`);
  return (body as { pagination: { total: number } }).pagination.total;
}

/** The seeded open tickets where the technician is an additional agent and someone else the primary. */
async function helpedTickets(page: Page, apiUrl: string) {
  const { body, userId } = await serverApi(page, apiUrl, "/api/v1/activities?type=ticket&status=open&pageSize=100");
  const tickets = body.data as { id: string; ticketNumber: string; assignedTo: string[] }[];
  return tickets.filter((ticket) => !ticket.assignedTo.includes(userId));
}

test("adds and removes an additional agent, each on the server", async ({ page, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001006");
  const sheet = await openAgents(page);
  const onTicket = sheet.getByRole("list", { name: "Working on this ticket" });
  await expect(onTicket).toContainText("Taylor Morgan Primary");

  await addAgent(page, "Alex Rivera");
  await expect(onTicket).toContainText("Alex Rivera Additional agent");
  await expect.poll(() => additionalNames(page, sandbox.apiUrl, ticketId), { timeout: 30_000 }).toEqual(["Alex"]);
  await addAgent(page, "Jordan Lee");
  await expect.poll(() => additionalNames(page, sandbox.apiUrl, ticketId), { timeout: 30_000 }).toEqual(["Jordan", "Alex"]);
  await expect(onTicket).not.toContainText("waiting to send", { timeout: 20_000 });

  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoAxeViolations(page);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/assignee-sheet-390x844.png` });

  await sheet.getByRole("button", { name: "Remove Alex Rivera from this ticket" }).click();
  await expect(onTicket).not.toContainText("Alex Rivera");
  await expect.poll(() => additionalNames(page, sandbox.apiUrl, ticketId), { timeout: 30_000 }).toEqual(["Jordan"]);
});

test("an agent added offline whose first answer is lost is on the server once", async ({ page, context, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001007");
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && request.url().endsWith(`/tickets/${ticketId}/agents`)) posts.push(request.url());
  });
  const sheet = await openAgents(page);
  // The agents to pick from, loaded once online as any earlier use of the picker would have.
  await sheet.getByRole("button", { name: "Add an agent" }).click();
  await expect(sheet.getByRole("list", { name: "Agents to add", exact: true })).toContainText("Priya Shah");
  await sheet.getByRole("button", { name: "Cancel" }).click();
  await context.setOffline(true);
  await addAgent(page, "Priya Shah");
  const onTicket = sheet.getByRole("list", { name: "Working on this ticket" });
  await expect(onTicket).toContainText("Priya Shah Additional agent · waiting to send");

  await setFaults(sandbox.apiUrl, { dropResponseAfterCommit: 1 });
  await context.setOffline(false);
  await expect.poll(() => additionalNames(page, sandbox.apiUrl, ticketId), { timeout: 30_000 }).toEqual(["Priya"]);
  await expect(onTicket).not.toContainText("waiting to send", { timeout: 30_000 });
  await expect(page.getByRole("region", { name: /Not sent yet/ })).toBeHidden();
  // The lost answer was looked up with GET …/agents, not sent again.
  expect(posts).toHaveLength(1);
  await expect(onTicket.getByText("Priya Shah")).toHaveCount(1);
});

test("Mine shows a ticket where the technician is only an additional agent, marked in words", async ({ page, sandbox }) => {
  const [helped] = await helpedTickets(page, sandbox.apiUrl);
  expect(helped).toBeDefined();
  await page.goto(`/tickets?assignee=me&q=${helped!.ticketNumber}`);
  const rows = page.getByRole("list", { name: "Open tickets" }).getByRole("link");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(helped!.ticketNumber);
  await expect(rows.first()).toContainText("Additional agent");
  await expect(page.getByText(/^1 ticket/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Without the search, Mine counts them beside the tickets the technician is the primary of.
  const primary = await primaryOpenCount(page, sandbox.apiUrl);
  await page.goto("/tickets?assignee=me");
  await expect(page.getByText(new RegExp(`^${primary + 2} tickets`))).toBeVisible();
});

test.describe("against an older server from the start", () => {
  // The device then never held the user's own tickets from the feed: signed in once the server is older.
  test.use({ signedIn: false });

  test("an older server without activities keeps Mine as before, without an error", async ({ page, sandbox }) => {
    const tokens = await apiSignIn(sandbox.apiUrl);
    const feed = await fetch(`${sandbox.apiUrl}/api/v1/activities?type=ticket&status=open&pageSize=100`, {
      headers: { "x-api-key": tokens.accessToken },
    });
    const tickets = ((await feed.json()) as { data: { ticketNumber: string; assignedTo: string[] }[] }).data;
    const [helped] = tickets.filter((ticket) => !ticket.assignedTo.includes(tokens.user.id));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await setFaults(sandbox.apiUrl, { withoutActivities: true });
    await startSignedIn(page, sandbox.apiUrl);
    await page.goto(`/tickets?assignee=me&q=${helped!.ticketNumber}`);
    await expect(page.getByText("No tickets match these filters")).toBeVisible();
    await expect(page.getByText("Additional agent")).toHaveCount(0);
    await expect(page.getByRole("alert")).toHaveCount(0);

    const primary = await primaryOpenCount(page, sandbox.apiUrl);
    await page.goto("/tickets?assignee=me");
    await expect(page.getByText(new RegExp(`^${primary} tickets`))).toBeVisible();
    await expect(page.getByText("Additional agent")).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test("a role without permission to read the agents sees one plain line and no controls", async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [403], failureRoutes: ["GET /api/v1/tickets/*/agents"] });
  await openSeededTicket(page, sandbox.apiUrl, "TIC001008");
  await ticketPage(page).chip("Assignee").click();
  const sheet = ticketPage(page).sheet("Assignee");
  await expect(sheet.getByText("Your Alga role does not allow seeing or changing the other agents on this ticket.")).toBeVisible();
  await expect(sheet.getByRole("button", { name: "Add an agent" })).toHaveCount(0);
  await expect(sheet.getByRole("button", { name: "Unassign" })).toBeVisible();
  await expectNoAxeViolations(page);
});
