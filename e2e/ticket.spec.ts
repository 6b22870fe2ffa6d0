import { expect, expectNoAxeViolations, openFirstTicket, serverApi, setFaults, signIn, test } from "./fixtures";

interface ServerComment {
  comment_text: string;
  is_internal: boolean;
}

test.beforeEach(async ({ page, sandbox }) => {
  await setFaults(sandbox.apiUrl, null);
  await signIn(page, sandbox.apiUrl);
});

test("reads a ticket with every section", async ({ page }) => {
  await openFirstTicket(page);
  await expect(page.getByRole("heading", { level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Comments/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add a comment" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Log time" })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Status" })).toBeEnabled();
  await expect(page.getByRole("combobox", { name: "Priority" })).toBeEnabled();
  await expect(page.getByRole("button", { name: "Assign to me" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open in Alga" })).toHaveAttribute("rel", "noopener noreferrer");
  await expectNoAxeViolations(page);
});

test("posts an internal note and a public reply, and the server has each with its flag", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const note = `Internal note ${Date.now()}`;
  const reply = `Public reply ${Date.now()}`;

  await page.getByRole("textbox", { name: "Comment" }).fill(note);
  await page.getByRole("button", { name: "Add internal note" }).click();
  await expect(page.locator(".comment").filter({ hasText: note })).toContainText("Internal");

  await page.getByRole("radio", { name: "Public (client can see)" }).check();
  await page.getByRole("textbox", { name: "Comment" }).fill(reply);
  await page.getByRole("button", { name: "Send public reply" }).click();
  await expect(page.locator(".comment").filter({ hasText: reply })).toContainText("Public");
  await expect(page.getByRole("textbox", { name: "Comment" })).toHaveValue("");

  const { body } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}/comments`);
  const comments = body.data as ServerComment[];
  expect(comments.filter((comment) => comment.comment_text === note).map((comment) => comment.is_internal)).toEqual([true]);
  expect(comments.filter((comment) => comment.comment_text === reply).map((comment) => comment.is_internal)).toEqual([false]);
});

test("changes status, priority, assignee and due date, and the server has them", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as {
    status_id: string;
    priority_id: string;
    attributes: Record<string, unknown> | null;
  };

  const status = page.getByRole("combobox", { name: "Status" });
  const statusOptions = await status
    .locator("option")
    .evaluateAll((options) => options.map((option) => ({ value: (option as HTMLOptionElement).value, label: option.textContent ?? "" })));
  const nextStatus = statusOptions.find((option) => option.value !== before.status_id && !/closed|resolved|cancel/i.test(option.label))!;
  await status.selectOption(nextStatus.value);

  const priority = page.getByRole("combobox", { name: "Priority" });
  const priorityValues = await priority
    .locator("option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const nextPriority = priorityValues.find((value) => value !== before.priority_id)!;
  await priority.selectOption(nextPriority);

  await page.getByRole("button", { name: "Assign to me" }).click();
  await page.getByLabel("Due date").fill("2026-12-24");
  await page.getByRole("button", { name: "Add watcher" }).click();
  await page.getByRole("searchbox", { name: "Find an agent" }).fill("Alex");
  await page
    .getByRole("list", { name: "Agents" })
    .getByRole("button", { name: /Alex Rivera/ })
    .click();
  await expect(page.getByRole("button", { name: "Stop Alex Rivera watching" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Not sent yet/ })).toBeHidden({ timeout: 15_000 });

  const { body, userId } = await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`);
  const after = body.data as {
    status_id: string;
    priority_id: string;
    assigned_to: string;
    attributes: Record<string, unknown> & { watcher_user_ids?: string[] };
  };
  expect(after.status_id).toBe(nextStatus.value);
  expect(after.priority_id).toBe(nextPriority);
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
  await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue(nextStatus.value);
});

test("logs time on a ticket and the server has the entry", async ({ page, sandbox }) => {
  const ticketId = await openFirstTicket(page);
  const form = page.getByRole("form", { name: "Log time" });
  const service = form.getByRole("combobox", { name: "Service" });
  await expect(service.locator("option")).not.toHaveCount(1);
  const serviceId = await service.locator("option").nth(1).getAttribute("value");
  await service.selectOption(serviceId!);
  await form.getByLabel("Start", { exact: true }).fill("06:00");
  await form.getByRole("button", { name: "45 min" }).click();
  await form.getByRole("button", { name: "Log 45 min" }).click();
  await expect(form.getByRole("status")).toContainText("Logged 45 minutes");
  await expect(page.getByRole("heading", { name: /Not sent yet/ })).toBeHidden({ timeout: 15_000 });

  // The server refuses an overlapping entry of the same user: proof that ours is there.
  const date = await form.getByLabel("Date").inputValue();
  const again = await serverApi(page, sandbox.apiUrl, "/api/v1/time-entries", {
    method: "POST",
    data: {
      work_item_type: "ticket",
      work_item_id: ticketId,
      service_id: serviceId,
      start_time: new Date(`${date}T06:10:00`).toISOString(),
      end_time: new Date(`${date}T06:20:00`).toISOString(),
    },
  });
  expect(again.status).toBe(409);
});

test("a comment the server refuses keeps its text and shows the server's reason", async ({ page, sandbox }) => {
  await openFirstTicket(page);
  await setFaults(sandbox.apiUrl, { failureRate: 1, statuses: [400], failureRoutes: ["POST /api/v1/tickets/*/comments"] });
  const text = "Replaced the fuser unit; printer tested OK";
  await page.getByRole("textbox", { name: "Comment" }).fill(text);
  await page.getByRole("button", { name: "Add internal note" }).click();

  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending.getByText("Not accepted by the server")).toBeVisible();
  await expect(pending.getByRole("alert")).not.toBeEmpty();
  await setFaults(sandbox.apiUrl, null);
  await pending.getByRole("button", { name: "Back to editing" }).click();
  await expect(page.getByRole("textbox", { name: "Comment" })).toHaveValue(text);
  await expect(pending).toBeHidden();
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
  await expect(page.getByRole("heading", { name: "Description" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 })).toContainText("<img src=x onerror=alert(1)>");
  await expect(page.locator(".ticket-detail__description img[onerror], .comment__body img[onerror], article script")).toHaveCount(0);
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
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});

test("a 10 000-character comment is held back with a clear count, and nothing typed is lost", async ({ page }) => {
  await openFirstTicket(page);
  const text = `${"Router log: link down, link up. ".repeat(312)}end of the log`.padEnd(10_000, ".");
  const box = page.getByRole("textbox", { name: "Comment" });
  await box.fill(text);
  expect(text.length).toBe(10_000);
  await expect(page.getByText("5000 characters over the 5000 limit")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add internal note" })).toBeDisabled();
  await expect(box).toHaveAttribute("aria-invalid", "true");
  // The draft is kept through a reload.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "Comment" })).toHaveValue(text);
});
