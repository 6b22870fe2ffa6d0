import type { Page } from "@playwright/test";
import { expect, resetSandbox, serverApi, setFaults, test, type TestSandbox } from "./fixtures";
import { openSeededTicket } from "./seeded-ticket";
import { ticketPage } from "./ticket-page";
import { ownEntries } from "./time-helpers";

test.beforeAll(resetSandbox);
test.use({ signedIn: true });
// Six changes queued offline, three of them sent twice, each after the outbox's look-ups: a few round trips each.
test.describe.configure({ timeout: 120_000 });

const named = async (page: Page, sandbox: TestSandbox, path: string, key: string, value: string) =>
  ((await serverApi(page, sandbox.apiUrl, path)).body.data as Record<string, unknown>[]).filter((row) => row[key] === value).length;

test("identical changes made offline all arrive once, though a send of each is lost on the way", async ({ page, context, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001003");
  const ticket = ticketPage(page);
  const notes = () => named(page, sandbox, `/api/v1/tickets/${ticketId}/comments`, "comment_text", "Done.");
  const items = () => named(page, sandbox, `/api/v1/tickets/${ticketId}/checklist`, "item_name", "Replace fan");
  const before = { notes: await notes(), items: await items(), entries: (await ownEntries(page, sandbox, ticketId)).length };
  // What the forms need offline is loaded first, as after a moment on the ticket.
  await ticket.section("Checklist").click();
  const addItem = page.getByRole("form", { name: "Add a checklist item" });
  await expect(addItem).toBeVisible();
  await page.getByRole("button", { name: "Log time" }).click();
  await expect(ticket.sheet("Log time").getByRole("combobox", { name: "Service" }).locator("option")).not.toHaveCount(1);
  await page.keyboard.press("Escape");

  // Another device logs 20 minutes inside the hour logged below.
  const service = ((await serverApi(page, sandbox.apiUrl, "/api/v1/services")).body.data as { service_id: string }[])[0]!;
  const elsewhere = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries", {
    method: "POST",
    data: {
      work_item_type: "ticket",
      work_item_id: ticketId,
      service_id: service.service_id,
      start_time: new Date(Date.now() - 45 * 60_000).toISOString(),
      end_time: new Date(Date.now() - 25 * 60_000).toISOString(),
    },
  });
  expect(elsewhere.status).toBe(201);
  await context.setOffline(true);
  for (let twice = 0; twice < 2; twice++) {
    await ticket.sendNote("Done.");
    await expect(ticket.composer).toHaveValue("");
    await addItem.getByRole("textbox", { name: "New item" }).fill("Replace fan");
    await addItem.getByRole("button", { name: "Add" }).click();
    await expect(addItem.getByRole("textbox", { name: "New item" })).toHaveValue("");
  }
  // The 1 h entry ends where the 15 min starts, so the device lets both go; but the other device's 20
  // minutes lie inside the hour: the server takes the first and refuses the second (contract §10).
  await ticket.logTime("15 min");
  await ticket.logTime("1 h", { endMinutesAgo: 15 });
  await expect(page.getByRole("status").filter({ hasText: "Offline · 6 to send" })).toBeVisible();

  // The second POST of each kind never reaches the server.
  const posts = new Map<string, number>();
  const lost: string[] = [];
  await page.route(`${sandbox.apiUrl}/api/v1/**`, async (route) => {
    const request = route.request();
    const kind = new URL(request.url()).pathname.split("/").pop()!;
    if (request.method() !== "POST") return route.fallback();
    posts.set(kind, (posts.get(kind) ?? 0) + 1);
    if (posts.get(kind) !== 2) return route.fallback();
    lost.push(kind);
    return route.abort("connectionreset");
  });
  await context.setOffline(false);

  await expect.poll(notes, { timeout: 60_000 }).toBe(before.notes + 2);
  await expect.poll(items, { timeout: 30_000 }).toBe(before.items + 2);
  // The 1 h entry is not taken as landed: the technician sees why it was refused.
  await ticket.section("Conversation").click();
  await expect(ticket.pending).toContainText("overlaps another of your time entries", { timeout: 30_000 });
  await expect(ticket.pending.getByRole("listitem")).toHaveCount(1);
  expect(lost.sort()).toEqual(["checklist", "comments", "time-entries"]);
  expect(await notes()).toBe(before.notes + 2);
  expect(await items()).toBe(before.items + 2);
  const entries = await ownEntries(page, sandbox, ticketId);
  expect(entries).toHaveLength(before.entries + 2);
});

test("three pairs of identical notes made offline all arrive once through a storm of 503s", async ({ page, context, sandbox }) => {
  const ticketId = await openSeededTicket(page, sandbox.apiUrl, "TIC001007");
  const ticket = ticketPage(page);
  const texts = ["On site.", "Rebooted the switch.", "Works again."];
  const counts = () => Promise.all(texts.map((text) => named(page, sandbox, `/api/v1/tickets/${ticketId}/comments`, "comment_text", text)));
  const before = await counts();
  await context.setOffline(true);
  for (const text of texts) {
    for (let twice = 0; twice < 2; twice++) {
      await ticket.sendNote(text);
      await expect(ticket.composer).toHaveValue("");
    }
  }
  await expect(page.getByRole("status").filter({ hasText: "Offline · 6 to send" })).toBeVisible();

  // Half of the note posts fail before the server stores anything, as the review's run D1 did.
  await setFaults(sandbox.apiUrl, { failureRate: 0.5, statuses: [503], failureRoutes: ["POST /api/v1/tickets/*/comments"] });
  let refused = 0;
  page.on("response", (response) => void (response.url().endsWith("/comments") && response.status() === 503 && refused++));
  await context.setOffline(false);
  await expect.poll(counts, { timeout: 90_000 }).toEqual(before.map((count) => count + 2));
  await expect(page.getByRole("status").filter({ hasText: /to send/ })).toHaveCount(0, { timeout: 30_000 });
  expect(await counts()).toEqual(before.map((count) => count + 2));
  test.info().annotations.push({ type: "503s", description: String(refused) });
});
