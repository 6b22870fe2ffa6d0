import { apiKeyFor, expect, openFirstTicket, serverApi, setFaults, signIn, test } from "./fixtures";

test("a change made on the server while the app was offline is shown as a conflict, not overwritten", async ({
  page,
  context,
  sandbox,
}) => {
  await setFaults(sandbox.apiUrl, null);
  await signIn(page, sandbox.apiUrl);
  const ticketId = await openFirstTicket(page);
  const before = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { priority_id: string };

  const priority = page.getByRole("combobox", { name: "Priority" });
  const choices = await priority.locator("option").evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  const [mine, theirs] = choices.filter((value) => value !== before.priority_id);

  await context.setOffline(true);
  await priority.selectOption(mine!);
  await expect(page.getByRole("region", { name: /Not sent yet/ })).toContainText("Waiting to send");

  // Meanwhile a colleague changes the same ticket from another device.
  const colleague = await apiKeyFor(sandbox.apiUrl, "alex.rivera@example.com");
  const theirChange = await fetch(`${sandbox.apiUrl}/api/v1/tickets/${ticketId}`, {
    method: "PUT",
    headers: { "content-type": "application/json", "x-api-key": colleague },
    body: JSON.stringify({ priority_id: theirs }),
  });
  expect(theirChange.status).toBe(200);

  await context.setOffline(false);
  const pending = page.getByRole("region", { name: /Not sent yet/ });
  await expect(pending).toContainText("Someone else changed this ticket", { timeout: 20_000 });
  const kept = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { priority_id: string };
  expect(kept.priority_id).toBe(theirs);

  await pending.getByRole("button", { name: "Apply mine anyway" }).click();
  await expect(pending).toBeHidden({ timeout: 15_000 });
  const applied = (await serverApi(page, sandbox.apiUrl, `/api/v1/tickets/${ticketId}`)).body.data as { priority_id: string };
  expect(applied.priority_id).toBe(mine);
});
