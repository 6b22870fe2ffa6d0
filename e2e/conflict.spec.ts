import { apiKeyFor, expect, openFirstTicket, resetSandbox, serverApi, setFaults, startSignedIn, test } from "./fixtures";
import { ticketPage } from "./ticket-page";

// A fresh seed for this file: its journeys do not depend on what other files did.
test.beforeAll(resetSandbox);

test("a change made on the server while the app was offline is shown as a conflict, not overwritten", async ({
  page,
  context,
  sandbox,
}) => {
  await setFaults(sandbox.apiUrl, null);
  await startSignedIn(page, sandbox.apiUrl);
  const ticketId = await openFirstTicket(page);
  const ticket = ticketPage(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { priority_id: string };
  const priorities = (await serverApi(page, sandbox.apiUrl, "/api/v1/tickets/priorities")).body.data as {
    priority_id: string;
    priority_name: string;
  }[];
  const [mine, theirs] = priorities.filter((priority) => priority.priority_id !== before.priority_id);

  await ticket.chip("Priority").click();
  const choices = ticket.sheet("Priority").getByRole("list", { name: "Priorities" });
  await expect(choices).toBeVisible();
  await context.setOffline(true);
  await choices.getByRole("button", { name: new RegExp(`^${mine!.priority_name}`) }).click();
  await expect(ticket.pending).toContainText("Waiting to send");
  await expect(ticket.chip("Priority")).toContainText(mine!.priority_name);

  // Meanwhile a colleague changes the same ticket from another device.
  const colleague = await apiKeyFor(sandbox.apiUrl, "alex.rivera@example.com");
  const theirChange = await fetch(`${sandbox.apiUrl}/api/v1/tickets/${ticketId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", "x-api-key": colleague },
    body: JSON.stringify({ priority_id: theirs!.priority_id }),
  });
  expect(theirChange.status).toBe(200);

  await context.setOffline(false);
  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending).toContainText("Someone else changed this ticket", { timeout: 20_000 });
  const kept = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { priority_id: string };
  expect(kept.priority_id).toBe(theirs!.priority_id);

  await pending.getByRole("button", { name: "Apply mine anyway" }).click();
  await expect(pending).toBeHidden({ timeout: 15_000 });
  const applied = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { priority_id: string };
  expect(applied.priority_id).toBe(mine!.priority_id);
});
