import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorEnvelopeSchema, paginatedEnvelope } from "../../src/api/schemas/envelopes";
import { ticketListItemSchema } from "../../src/api/schemas/tickets";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

const listSchema = paginatedEnvelope(ticketListItemSchema);
let sandbox: TestSandbox;
let tokens: Tokens;
let client: ApiClient;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tokens = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tokens.accessToken);
});
afterAll(() => sandbox.close());

const list = async (query: string) => {
  const response = await client.get(`/api/v1/tickets?${query}`);
  expect(response.status).toBe(200);
  return listSchema.parse(await response.json());
};

async function expectQueryError(query: string, message = "Query validation failed") {
  const response = await client.get(`/api/v1/tickets?${query}`);
  expect(response.status).toBe(400);
  const body = errorEnvelopeSchema.parse(await response.json());
  expect(body.error).toMatchObject({ code: "VALIDATION_ERROR", message });
}

describe("GET /api/v1/tickets", () => {
  it("gives the mobile_list payload: 14 fields plus the 5 always-added ids", async () => {
    const body = await list("fields=mobile_list&limit=5");
    expect(body.data).toHaveLength(5);
    expect(Object.keys(body.data[0] ?? {}).sort()).toEqual([
      "assigned_team_id",
      "assigned_to",
      "assigned_to_name",
      "board_id",
      "client_id",
      "client_name",
      "closed_at",
      "contact_name",
      "entered_at",
      "entered_by",
      "priority_name",
      "status_id",
      "status_is_closed",
      "status_name",
      "tags",
      "ticket_id",
      "ticket_number",
      "title",
      "updated_at",
    ]);
    expect(body.data[0]?.ticket_number).toMatch(/^TIC\d{6}$/);
    expect(body.data[0]?.entered_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("pages with the real envelope and echoes validated filters", async () => {
    const body = await list("fields=mobile_list&is_open=true&page=2&limit=10");
    expect(body.pagination).toMatchObject({ page: 2, limit: 10, hasPrev: true });
    expect(body.pagination.totalPages).toBe(Math.ceil(body.pagination.total / 10));
    expect(body.meta).toEqual({ sort: "created_at", order: "desc", filters: { is_open: true } });
    const past = await list(`fields=mobile_list&page=${body.pagination.totalPages + 1}`);
    expect(past.data).toEqual([]);
    expect(past.pagination.hasNext).toBe(false);
    expect(past.pagination.hasPrev).toBe(true);
  });

  it("defaults to 25 sorted by creation, newest first", async () => {
    const body = await list("fields=mobile_list");
    expect(body.data).toHaveLength(25);
    const entered = body.data.map((ticket) => ticket.entered_at ?? "");
    expect([...entered].sort().reverse()).toEqual(entered);
  });

  it("gives tech@example.com at least 20 open tickets", async () => {
    const body = await list(`fields=mobile_list&is_open=true&assigned_to=${tokens.user.id}`);
    expect(body.pagination.total).toBeGreaterThanOrEqual(20);
    expect(body.data.every((ticket) => ticket.assigned_to === tokens.user.id && ticket.status_is_closed === false)).toBe(true);
  });

  it("filters open and closed; false is a no-op; both true is empty", async () => {
    const all = (await list("fields=mobile_list")).pagination.total;
    const open = (await list("fields=mobile_list&is_open=true")).pagination.total;
    const closed = (await list("fields=mobile_list&is_closed=true")).pagination.total;
    expect(open + closed).toBe(all);
    expect((await list("fields=mobile_list&is_open=false")).pagination.total).toBe(all);
    expect((await list("fields=mobile_list&is_closed=false")).pagination.total).toBe(all);
    expect((await list("fields=mobile_list&is_open=true&is_closed=true")).pagination.total).toBe(0);
  });

  it("filters by assignment", async () => {
    const unassigned = await list("fields=mobile_list&has_assignment=false");
    expect(unassigned.data.every((ticket) => ticket.assigned_to === null && ticket.assigned_to_name === null)).toBe(true);
    const assigned = await list("fields=mobile_list&has_assignment=true&limit=100");
    expect(assigned.data.every((ticket) => ticket.assigned_to !== null)).toBe(true);
  });

  it("leaves assigned_to_name null when the assignee has no last name", async () => {
    const users = await json(await client.get("/api/v1/users/search?query=casey"));
    const casey = users.data[0];
    expect(casey.last_name).toBeNull();
    const body = await list(`fields=mobile_list&assigned_to=${casey.user_id}`);
    expect(body.data.length).toBeGreaterThan(0);
    expect(body.data.every((ticket) => ticket.assigned_to_name === null)).toBe(true);
  });

  it("matches priority_name and status_name exactly (case-sensitive)", async () => {
    const high = await list("fields=mobile_list&priority_name=High&limit=100");
    expect(high.data.length).toBeGreaterThan(0);
    expect(high.data.every((ticket) => ticket.priority_name === "High")).toBe(true);
    expect((await list("fields=mobile_list&priority_name=high")).pagination.total).toBe(0);
    const inProgress = await list("fields=mobile_list&status_name=In%20Progress&limit=100");
    expect(inProgress.data.every((ticket) => ticket.status_name === "In Progress")).toBe(true);
  });

  it("searches title, ticket number and client name, case-insensitively, with unescaped wildcards", async () => {
    const byTitle = await list("fields=mobile_list&search=PRINTER");
    expect(byTitle.data.every((ticket) => /printer/i.test(ticket.title ?? "") || /printer/i.test(ticket.client_name ?? ""))).toBe(true);
    const byNumber = await list("fields=mobile_list&search=TIC001000");
    expect(byNumber.data.map((ticket) => ticket.ticket_number)).toEqual(["TIC001000"]);
    const byClient = await list("fields=mobile_list&search=bakery&limit=100");
    expect(byClient.data.length).toBeGreaterThan(0);
    expect(byClient.data.every((ticket) => ticket.client_name === "Maple Street Bakery" || /bakery/i.test(ticket.title ?? ""))).toBe(true);
    // `_` matches any one character: TIC00100_ finds TIC001000..TIC001009.
    expect((await list("fields=mobile_list&search=TIC00100_")).pagination.total).toBe(10);
    expect((await list("fields=mobile_list&search=")).pagination.total).toBe((await list("fields=mobile_list")).pagination.total);
  });

  it("filters by updated_from / updated_to", async () => {
    const from = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const body = await list(`fields=mobile_list&updated_from=${from}&limit=100`);
    expect(body.data.every((ticket) => (ticket.updated_at ?? ticket.entered_at ?? "") >= from)).toBe(true);
    const none = await list(`fields=mobile_list&updated_to=2000-01-01T00:00:00Z`);
    expect(none.pagination.total).toBe(0);
  });

  it("filters by status_ids, client_id and tags", async () => {
    const statuses = await json(await client.get("/api/v1/tickets/statuses"));
    const ids = statuses.data.slice(0, 2).map((status: { status_id: string }) => status.status_id);
    const byStatus = await list(`fields=mobile_list&status_ids=${ids.join(",")}&limit=100`);
    expect(byStatus.data.every((ticket) => ids.includes(ticket.status_id))).toBe(true);
    const first = (await list("fields=mobile_list&limit=1")).data[0];
    const byClient = await list(`fields=mobile_list&client_id=${first?.client_id}&limit=100`);
    expect(byClient.data.every((ticket) => ticket.client_id === first?.client_id)).toBe(true);
    const vip = await list("fields=mobile_list&tags=VIP&limit=100");
    expect(vip.data.length).toBeGreaterThan(0);
    expect(vip.data.every((ticket) => ticket.tags.some((tag) => tag.tag_text === "vip"))).toBe(true);
  });

  it.each(["updated_at", "entered_at", "priority_name", "status_name", "client_name", "ticket_number", "title"])(
    "sorts by %s both ways",
    async (sort) => {
      const asc = await list(`fields=mobile_list&sort=${sort}&order=asc&limit=100`);
      expect(asc.meta).toMatchObject({ sort, order: "asc" });
      const desc = await list(`fields=mobile_list&sort=${sort}&order=desc&limit=100`);
      expect(desc.data.length).toBe(100);
    },
  );

  it("answers 500 INTERNAL_CONFIGURATION for an unknown sort column", async () => {
    const response = await client.get("/api/v1/tickets?sort=no_such_column");
    expect(response.status).toBe(500);
    expect((await json(response)).error).toEqual({
      code: "INTERNAL_CONFIGURATION",
      message: "The server is misconfigured for this operation. Please contact support.",
    });
  });

  it("gives the full payload without fields (joined names, no tags)", async () => {
    const response = await client.get("/api/v1/tickets?limit=1");
    const ticket = (await json(response)).data[0];
    expect(ticket).toHaveProperty("board_name");
    expect(ticket).toHaveProperty("entered_by_name");
    expect(ticket).toHaveProperty("attributes");
    expect(ticket).not.toHaveProperty("tags");
  });

  it("selects named fields plus the always-added ids", async () => {
    const ticket = (await json(await client.get("/api/v1/tickets?fields=title,ticket_number&limit=1"))).data[0];
    expect(Object.keys(ticket).sort()).toEqual([
      "assigned_team_id",
      "assigned_to",
      "board_id",
      "client_id",
      "entered_by",
      "ticket_number",
      "title",
    ]);
  });

  it("refuses unknown fields", async () => {
    await expectQueryError("fields=title,secret,other", "Unknown fields requested: secret, other");
  });

  it.each([
    "limit=101",
    "limit=0",
    "page=0",
    "page=abc",
    "is_open=yes",
    "is_open=1",
    "has_assignment=TRUE",
    "assigned_to=not-a-uuid",
    "updated_from=2026-01-01T00:00:00%2B02:00",
    "order=up",
    "status_ids=a,b",
  ])("refuses %s with 400", async (query) => {
    await expectQueryError(query);
  });
});
