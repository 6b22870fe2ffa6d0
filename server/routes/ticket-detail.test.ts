import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dataEnvelope } from "../../src/api/schemas/envelopes";
import { ticketDetailSchema, ticketPrioritySchema, ticketStatsSchema, ticketStatusSchema } from "../../src/api/schemas/tickets";
import { z } from "zod/mini";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

let sandbox: TestSandbox;
let tokens: Tokens;
let client: ApiClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tokens = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tokens.accessToken);
});
afterAll(() => sandbox.close());

async function ticketBySearch(search: string) {
  const body = await json(await client.get(`/api/v1/tickets?fields=mobile_list&search=${encodeURIComponent(search)}`));
  return body.data[0] as { ticket_id: string; board_id: string };
}

describe("x-api-key and x-tenant-id", () => {
  it("refuses an unknown key with the error envelope", async () => {
    const response = await apiClient(sandbox.api, "f".repeat(64)).get("/api/v1/tickets/stats");
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "UNAUTHORIZED", message: "Invalid API key" } });
  });

  it("accepts the key's own tenant and refuses another", async () => {
    const own = await client.raw("/api/v1/tickets/stats", { headers: { "x-tenant-id": tokens.tenantId } });
    expect(own.status).toBe(200);
    const other = await client.raw("/api/v1/tickets/stats", { headers: { "x-tenant-id": "00000000-0000-4000-8000-000000000000" } });
    expect(other.status).toBe(401);
  });

  it("does not accept Authorization: Bearer instead of x-api-key", async () => {
    const response = await fetch(`${sandbox.api}/api/v1/tickets`, { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(await response.json()).toEqual({ error: "Unauthorized: API key missing" });
  });
});

describe("GET /api/v1/tickets/{id}", () => {
  it("gives every column, the joined fields and description_html", async () => {
    const { ticket_id } = await ticketBySearch("TIC001000");
    const response = await client.get(`/api/v1/tickets/${ticket_id}`);
    expect(response.status).toBe(200);
    const ticket = dataEnvelope(ticketDetailSchema).parse(await response.json()).data;
    expect(ticket.ticket_id).toBe(ticket_id);
    const raw = (await json(await client.get(`/api/v1/tickets/${ticket_id}`))).data;
    for (const key of [
      "tenant",
      "location_id",
      "updated_by",
      "closed_by",
      "assigned_team_id",
      "is_closed",
      "due_date",
      "documents",
      "client_email",
      "contact_phone",
      "location_name",
    ]) {
      expect(raw).toHaveProperty(key);
    }
    expect(raw.documents).toEqual([]);
    expect(raw).not.toHaveProperty("tags");
    expect(raw).not.toHaveProperty("board_name");
    expect(typeof raw.attributes.due_date).toBe("string");
  });

  it("escapes plain-text descriptions into <p>", async () => {
    const { ticket_id } = await ticketBySearch("<script>");
    const ticket = (await json(await client.get(`/api/v1/tickets/${ticket_id}`))).data;
    expect(ticket.title).toContain("<script>alert(1)</script>");
    expect(ticket.description_html).toBe("<p>The page source contains &lt;script&gt;alert(1)&lt;/script&gt; after the update.</p>");
  });

  it("renders an empty description as <p></p>", async () => {
    const { ticket_id } = await ticketBySearch("TIC001001");
    await client.put(`/api/v1/tickets/${ticket_id}`, { attributes: {} });
    expect((await json(await client.get(`/api/v1/tickets/${ticket_id}`))).data.description_html).toBe("<p></p>");
  });

  it("answers 400 for a malformed id and 404 for an unknown one", async () => {
    const malformed = await client.get("/api/v1/tickets/not-a-uuid");
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: "VALIDATION_ERROR", message: "Invalid ticket ID format" } });
    const unknown = await client.get("/api/v1/tickets/00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: "NOT_FOUND", message: "ticket not found" } });
  });
});

describe("the hostile seed", () => {
  it.each(["<img src=x onerror", "Supercalifragilistic", "الطابعة", "🔥", "Long incident report"])(
    "holds a ticket with %s",
    async (search) => {
      expect(await ticketBySearch(search)).toBeDefined();
    },
  );

  it("holds a ~10 000-character description", async () => {
    const { ticket_id } = await ticketBySearch("Long incident report");
    const ticket = (await json(await client.get(`/api/v1/tickets/${ticket_id}`))).data;
    expect(ticket.attributes.description.length).toBeGreaterThan(9000);
  });
});

describe("GET /api/v1/tickets/stats", () => {
  it("gives every field with the real quirks", async () => {
    const stats = dataEnvelope(ticketStatsSchema).parse(await json(await client.get("/api/v1/tickets/stats"))).data;
    expect(stats.total_tickets).toBe(400);
    expect(stats.open_tickets + stats.closed_tickets).toBe(400);
    expect(stats.overdue_tickets).toBe(0);
    const unassignedAll = (await json(await client.get("/api/v1/tickets?fields=mobile_list&has_assignment=false"))).pagination.total;
    const unassignedOpen = (await json(await client.get("/api/v1/tickets?fields=mobile_list&has_assignment=false&is_open=true"))).pagination
      .total;
    expect(stats.unassigned_tickets).toBe(unassignedAll);
    expect(unassignedAll).toBeGreaterThan(unassignedOpen);
    const statuses = (await json(await client.get("/api/v1/tickets/statuses"))).data.map(
      (status: { status_id: string }) => status.status_id,
    );
    expect(Object.keys(stats.tickets_by_status).every((key) => statuses.includes(key))).toBe(true);
    expect(Object.values(stats.tickets_by_priority).reduce((sum, count) => sum + count, 0)).toBe(400);
    expect(Object.keys(stats.tickets_by_board).sort()).toEqual(["Projects", "Service Desk"]);
    expect(stats.tickets_created_this_month).toBeGreaterThanOrEqual(stats.tickets_created_this_week);
  });
});

describe("statuses and priorities", () => {
  it("lists statuses per board in order", async () => {
    const all = dataEnvelope(z.array(ticketStatusSchema)).parse(await json(await client.get("/api/v1/tickets/statuses"))).data;
    const boardId = all[0]?.board_id ?? "";
    const board = dataEnvelope(z.array(ticketStatusSchema)).parse(
      await json(await client.get(`/api/v1/tickets/statuses?board_id=${boardId}`)),
    ).data;
    expect(board.every((status) => status.board_id === boardId)).toBe(true);
    expect(board.map((status) => status.order_number)).toEqual(
      [...board.map((status) => status.order_number)].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
    expect(board.filter((status) => status.is_default)).toHaveLength(1);
    expect(board.some((status) => status.is_closed)).toBe(true);
  });

  it("refuses a malformed board_id", async () => {
    const response = await client.get("/api/v1/tickets/statuses?board_id=nope");
    expect(response.status).toBe(400);
    expect((await json(response)).error.message).toBe("Validation failed");
  });

  it("lists priorities alphabetically", async () => {
    const priorities = dataEnvelope(z.array(ticketPrioritySchema)).parse(await json(await client.get("/api/v1/tickets/priorities"))).data;
    const names = priorities.map((priority) => priority.priority_name);
    expect(names).toEqual([...names].sort());
    expect(names).toContain("Critical");
  });
});
