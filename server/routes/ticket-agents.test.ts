import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

let sandbox: TestSandbox;
let tech: Tokens;
let client: ApiClient;
let alex: ApiClient;
let alexId: string;
let jordanId: string;

const agentsPath = (ticketId: string) => `/api/v1/tickets/${ticketId}/agents`;
const notifications = async (as: ApiClient) =>
  (await json(await as.get("/api/v1/activities?type=notification&sortBy=dueDate&pageSize=100"))).data as {
    templateName: string;
    link: string;
  }[];
const ticketRow = async (ticketId: string) => (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data;
const firstTicket = async (query: string) =>
  (await json(await client.get(`/api/v1/tickets?fields=mobile_list&is_open=true&limit=1&${query}`))).data[0] as { ticket_id: string };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tech = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tech.accessToken);
  const alexTokens = await signIn(sandbox.api, "alex.rivera@example.com");
  alex = apiClient(sandbox.api, alexTokens.accessToken);
  alexId = alexTokens.user.id;
  jordanId = (await signIn(sandbox.api, "jordan.lee@example.com")).user.id;
});
afterAll(() => sandbox.close());

describe("GET/POST/DELETE /api/v1/tickets/{id}/agents", () => {
  it("adds an additional agent: 201 with the agents object, notifies them and the primary, a second add is 409", async () => {
    const { ticket_id } = await firstTicket(`assigned_to=${tech.user.id}`);
    const before = await ticketRow(ticket_id);
    const added = await client.post(agentsPath(ticket_id), { user_id: alexId });
    expect(added.status).toBe(201);
    const body = (await json(added)).data;
    expect(body.ticket_id).toBe(ticket_id);
    expect(body.primary_agent).toEqual({ user_id: tech.user.id, first_name: "Taylor", last_name: "Morgan", email: "tech@example.com" });
    expect(body.additional_agents).toEqual([
      expect.objectContaining({
        user_id: alexId,
        first_name: "Alex",
        last_name: "Rivera",
        role: "support",
        assignment_id: expect.any(String),
      }),
    ]);
    expect(Number.isNaN(Date.parse(body.additional_agents[0].assigned_at))).toBe(false);
    // A resource row does not touch the ticket itself.
    expect((await ticketRow(ticket_id)).updated_at).toBe(before.updated_at);
    expect((await notifications(alex))[0]).toMatchObject({ templateName: "ticket-additional-agent-assigned" });
    // The actor is the primary here: the primary is not told about their own addition.
    expect((await notifications(client)).some((item) => item.templateName === "ticket-additional-agent-added")).toBe(false);

    const again = await client.post(agentsPath(ticket_id), { user_id: alexId });
    expect(again.status).toBe(409);
    expect((await json(again)).error).toEqual({ code: "CONFLICT", message: "User is already an additional agent on this ticket" });
  });

  it("tells the primary when someone else adds an agent; GET lists the newest first", async () => {
    const { ticket_id } = await firstTicket(`assigned_to=${tech.user.id}&sort=ticket_number&order=asc`);
    await alex.post(agentsPath(ticket_id), { user_id: jordanId, role: "  escalation  " });
    expect((await notifications(client))[0]).toMatchObject({ templateName: "ticket-additional-agent-added" });
    await alex.post(agentsPath(ticket_id), { user_id: alexId });
    const listed = (await json(await client.get(agentsPath(ticket_id)))).data;
    expect(listed.additional_agents.map((agent: { user_id: string }) => agent.user_id).slice(0, 2)).toEqual([alexId, jordanId]);
    expect(listed.additional_agents[1].role).toBe("escalation");
  });

  it("makes the first agent of an unassigned ticket its primary, bumping updated_at and sending ticket-assigned", async () => {
    const { ticket_id } = await firstTicket("has_assignment=false");
    const before = await ticketRow(ticket_id);
    const added = await client.post(agentsPath(ticket_id), { user_id: alexId });
    expect(added.status).toBe(201);
    const body = (await json(added)).data;
    expect(body.primary_agent.user_id).toBe(alexId);
    expect(body.additional_agents).toEqual([]);
    const after = await ticketRow(ticket_id);
    expect(after.assigned_to).toBe(alexId);
    expect(after.updated_at).not.toBe(before.updated_at);
    expect((await notifications(alex))[0]).toMatchObject({ templateName: "ticket-assigned" });
  });

  it("removes one silently: 204, nobody notified, updated_at kept; a second removal is 404", async () => {
    const { ticket_id } = await firstTicket(`assigned_to=${tech.user.id}&sort=ticket_number&order=desc`);
    await client.post(agentsPath(ticket_id), { user_id: jordanId });
    const before = await ticketRow(ticket_id);
    const [mine, alexs] = [(await notifications(client)).length, (await notifications(alex)).length];
    const removed = await client.delete(`${agentsPath(ticket_id)}/${jordanId}`);
    expect(removed.status).toBe(204);
    expect(await removed.text()).toBe("");
    expect((await json(await client.get(agentsPath(ticket_id)))).data.additional_agents).toEqual([]);
    expect((await ticketRow(ticket_id)).updated_at).toBe(before.updated_at);
    expect((await notifications(client)).length).toBe(mine);
    expect((await notifications(alex)).length).toBe(alexs);
    const again = await client.delete(`${agentsPath(ticket_id)}/${jordanId}`);
    expect(again.status).toBe(404);
    expect((await json(again)).error.message).toBe("Additional agent not found on this ticket");
  });

  it("answers the real errors: bad JSON 500, zod 400, unknown user 404, bad ids 400, unknown ticket 404", async () => {
    const { ticket_id } = await firstTicket(`assigned_to=${tech.user.id}`);
    const badJson = await client.raw(agentsPath(ticket_id), { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(badJson.status).toBe(500);
    const invalid = await client.post(agentsPath(ticket_id), { user_id: "nope" });
    expect(invalid.status).toBe(400);
    expect((await json(invalid)).error.message).toBe("Validation failed");
    const unknownUser = await client.post(agentsPath(ticket_id), { user_id: "00000000-0000-4000-8000-000000000000" });
    expect(unknownUser.status).toBe(404);
    expect((await json(unknownUser)).error.message).toBe("User not found");
    const badUserId = await client.delete(`${agentsPath(ticket_id)}/nope`);
    expect(badUserId.status).toBe(400);
    expect((await json(badUserId)).error.details).toEqual([{ path: ["userId"], message: "A valid user ID is required" }]);
    expect((await client.get(agentsPath("nope"))).status).toBe(400);
    const missing = await client.get(agentsPath("00000000-0000-4000-8000-000000000000"));
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.message).toBe("ticket not found");
  });
});

describe("the seed", () => {
  it("makes tech@example.com an additional agent only on some open tickets, which activities?type=ticket lists", async () => {
    const mine = (await json(await client.get("/api/v1/activities?type=ticket&status=open&pageSize=100"))).data as {
      id: string;
      assignedTo: string[];
    }[];
    const additionalOnly = mine.filter((item) => !item.assignedTo.includes(tech.user.id));
    expect(additionalOnly.length).toBeGreaterThanOrEqual(2);
    const agents = (await json(await client.get(agentsPath(additionalOnly[0]!.id)))).data;
    expect(agents.additional_agents.map((agent: { user_id: string }) => agent.user_id)).toContain(tech.user.id);
  });
});
