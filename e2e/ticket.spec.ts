import { expect, expectNoAxeViolations, openFirstTicket, resetSandbox, serverApi, setFaults, storedJson, test } from "./fixtures";
import { ticketPage } from "./ticket-page";
import { installClockClearOfMidnight, pageNow } from "./time-helpers";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

interface ServerComment {
  comment_text: string;
  is_internal: boolean;
}

test.use({ signedIn: true });

test("reads a ticket: title, field chips, sections, the action bar", async ({ page }) => {
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  for (const field of ["Status", "Priority", "Assignee", "Due"] as const) await expect(ticket.chip(field)).toBeVisible();
  await expect(ticket.section("Conversation")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { name: /^Comments/ })).toBeVisible();
  await expect(ticket.composer).toBeVisible();
  for (const action of ["Log time", "Resolve…", "More actions"]) await expect(page.getByRole("button", { name: action })).toBeVisible();

  await ticket.section("Details").click();
  await expect(page.getByRole("link", { name: "Open in Alga" })).toHaveAttribute("rel", "noopener noreferrer");
  await expectNoAxeViolations(page);
});

test("posts an internal note and a public reply, and the server has each with its flag", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const note = `Internal note ${Date.now()}`;
  const reply = `Public reply ${Date.now()}`;

  await ticket.sendNote(note);
  await expect(ticket.toast).toContainText("Internal note saved");
  await expect(page.locator(".comment").filter({ hasText: note })).toContainText("Internal", { timeout: 15_000 });

  await ticket.sendNote(reply, "Public");
  await expect(ticket.composer).toHaveValue("");
  await expect(page.locator(".comment").filter({ hasText: reply })).toContainText("Public", { timeout: 15_000 });

  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`);
  const comments = body.data as ServerComment[];
  expect(comments.filter((comment) => comment.comment_text === note).map((comment) => comment.is_internal)).toEqual([true]);
  expect(comments.filter((comment) => comment.comment_text === reply).map((comment) => comment.is_internal)).toEqual([false]);
});

test("changes status, priority, assignee, due date and watchers from their sheets, and the server has them", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as {
    status_name: string;
    priority_name: string;
    attributes: Record<string, unknown> | null;
  };

  const nextStatus = await ticket.pickOpenStatus(before.status_name);
  await expect(ticket.chip("Status")).toContainText(nextStatus);
  await expect(ticket.chip("Status")).toContainText("sending");

  await ticket.chip("Priority").click();
  const priorities = ticket.sheet("Priority").getByRole("list", { name: "Priorities" }).getByRole("button");
  const nextPriority = (await priorities.allInnerTexts())
    .map((text) => text.split("\n")[0]!.trim())
    .find((name) => name !== before.priority_name)!;
  await priorities.filter({ hasText: nextPriority }).first().click();

  await ticket.moreAction("Assign me");
  await expect(ticket.chip("Assignee")).toContainText("Taylor Morgan");
  // Once the ticket is the technician's, More has no use for the button.
  await page.getByRole("button", { name: "More actions" }).click();
  await expect(ticket.sheet("More actions").getByRole("button", { name: "Resolve…" })).toBeVisible();
  await expect(ticket.sheet("More actions").getByRole("button", { name: "Assign me" })).toHaveCount(0);
  await page.keyboard.press("Escape");

  await ticket.chip("Due").click();
  await ticket.sheet("Due date").getByLabel("Due date").fill("2026-12-24");
  await ticket.sheet("Due date").getByRole("button", { name: "Set due date" }).click();
  await expect(ticket.chip("Due")).toContainText("Dec 24");

  await ticket.section("Details").click();
  await page.getByRole("button", { name: "Add watcher" }).click();
  await page.getByRole("searchbox", { name: "Find an agent" }).fill("Alex");
  await page
    .getByRole("list", { name: "Agents" })
    .getByRole("button", { name: /Alex Rivera/ })
    .click();
  await expect(page.getByRole("button", { name: "Stop Alex Rivera watching" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: /Sending/ })).toBeHidden({ timeout: 30_000 });

  const { body, userId } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`);
  const after = body.data as {
    status_name: string;
    priority_name: string;
    assigned_to: string;
    attributes: Record<string, unknown> & { watcher_user_ids?: string[] };
  };
  expect(after.status_name).toBe(nextStatus);
  expect(after.priority_name).toBe(nextPriority);
  expect(after.assigned_to).toBe(userId);
  expect(new Date(String(after.attributes.due_date)).toDateString()).toBe(new Date("2026-12-24T17:00:00").toDateString());
  const watchers = after.attributes.watcher_user_ids ?? [];
  const alex = (await serverApi(page, sandbox.apiUrl, "/api/v1/users/search?query=Alex")).body.data as { user_id: string }[];
  expect(watchers).toContain(alex[0]!.user_id);
  // attributes are replaced whole on the server: everything else in them survived, both changes included.
  for (const [key, value] of Object.entries(before.attributes ?? {})) {
    if (key === "watcher_user_ids") expect(watchers).toEqual(expect.arrayContaining(value as string[]));
    else if (key !== "due_date") expect(after.attributes[key]).toEqual(value);
  }
  await expect(ticket.chip("Status")).toContainText(nextStatus);
  await expect(ticket.chip("Status")).not.toContainText("sending");
});

test("resolves a ticket from the action bar, with its resolution note", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  await page.getByRole("button", { name: "Resolve…" }).click();
  const form = ticket.sheet("Resolve").getByRole("form", { name: "Resolve ticket" });
  await form.getByRole("textbox", { name: "Resolution note" }).fill("Restarted the spooler");
  const closeAs = form.getByRole("group", { name: "Close as" }).getByRole("radio");
  const name = (await form.getByRole("group", { name: "Close as" }).locator("label").first().innerText()).trim();
  await expect(closeAs.first()).toBeChecked();
  await form.getByRole("button", { name: "Resolve ticket" }).click();
  await expect(ticket.sheet("Resolve")).toBeHidden();
  await expect(ticket.chip("Status")).toContainText(name);
  await expect(page.getByRole("button", { name: "Reopen…" })).toBeVisible();
  await expect
    .poll(
      async () => ((await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { status_name: string }).status_name,
      {
        timeout: 20_000,
      },
    )
    .toBe(name);
});

test("logs time from the action bar and the server has the entry", async ({ page, sandbox }) => {
  await installClockClearOfMidnight(page);
  await page.reload();
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const { from, to } = await ticket.logTime("45 min");
  await expect(ticket.toast).toContainText(/Logged 45 min on/);
  await ticket.section("Time").click();
  const logged = page.getByRole("list", { name: "Time on this ticket" });
  const row = logged.getByRole("listitem").filter({ hasText: `${from}–${to}` });
  await expect(row).toContainText("45 min");
  await expect(row).not.toContainText("Not sent yet", { timeout: 20_000 });
  await expect(ticket.section("Time")).toHaveText(/^Time · /);

  // The server refuses an overlapping entry of the same user: proof that ours is there.
  // The entry's clock times are in the technician's Alga zone, UTC in the seed.
  const today = (await pageNow(page)).toISOString().slice(0, 10);
  const at = (time: string) => new Date(`${today}T${time}:00Z`);
  const again = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries", {
    method: "POST",
    data: {
      work_item_type: "ticket",
      work_item_id: ticketId,
      service_id: ((await serverApi(page, sandbox.apiUrl, "/api/v1/services")).body.data as { service_id: string }[])[0]!.service_id,
      start_time: new Date(at(from).getTime() + 5 * 60_000).toISOString(),
      end_time: new Date(at(from).getTime() + 10 * 60_000).toISOString(),
    },
  });
  expect(again.status).toBe(409);
});

test("a comment the server refuses keeps its text and shows the server's reason", async ({ page, sandbox }) => {
  await openFirstTicket(page);
  const ticket = ticketPage(page);
  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [400], failureRoutes: ["POST /api/v1/tickets/*/comments"] });
  const text = "Replaced the fuser unit; printer tested OK";
  await ticket.sendNote(text);

  await expect(ticket.pending.getByText("Not accepted by the server")).toBeVisible({ timeout: 15_000 });
  await expect(ticket.pending.getByRole("alert")).not.toBeEmpty();
  await setFaults(sandbox.apiUrl, null);
  await ticket.pending.getByRole("button", { name: "Back to editing" }).click();
  await expect(ticket.composer).toHaveValue(text);
  await expect(ticket.pending).toBeHidden();
});

test("the seed's script and image payloads never run", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.getByRole("searchbox", { name: "Search tickets" }).fill("onerror");
  await expect(page).toHaveURL(/q=onerror/);
  await page
    .getByRole("list", { name: /tickets/i })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Description" })).toBeAttached();
  await expect(page.getByRole("heading", { level: 2 })).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator(".description__text img[onerror], .comment__body img[onerror], article script")).toHaveCount(0);
  await page.goBack();
  await page.getByRole("searchbox", { name: "Search tickets" }).fill("alert(1)</script>");
  await expect(page).toHaveURL(/q=alert/);
  await page
    .getByRole("list", { name: /tickets/i })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByRole("heading", { level: 2 })).toContainText("<script>alert(1)</script>");
  await expect(page.locator("article script")).toHaveCount(0);
  // A broken image has fired its error event once it is complete: by then any handler would have run.
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
  expect(dialogs).toEqual([]);
});

test("a 10 000-character comment is held back with a clear count, and nothing typed is lost", async ({ page }) => {
  await openFirstTicket(page);
  const text = `${"Router log: link down, link up. ".repeat(312)}end of the log`.padEnd(10_000, ".");
  const box = page.getByRole("textbox", { name: "Comment" });
  await box.fill(text);
  expect(text.length).toBe(10_000);
  await expect(page.getByText("5,000 characters over the 5,000 limit")).toBeVisible();
  await expect(page.getByRole("button", { name: "Send internal note" })).toBeDisabled();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  // The draft is kept through a reload.
  await expect.poll(() => storedJson(page, "alga.draft:")).toContain(text);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Comment" })).toHaveValue(text);
});

test("a note sent from another tab shows in this one without a reload", async ({ page, context }) => {
  const ticketId = await openFirstTicket(page);
  const other = await context.newPage();
  await other.goto(`/tickets/${ticketId}`);
  const note = `Sent from the other tab ${Date.now()}`;
  await ticketPage(other).sendNote(note);
  await expect(other.locator(".comment").filter({ hasText: note })).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(".comment").filter({ hasText: note })).toBeVisible();
});
