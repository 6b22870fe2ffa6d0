import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

let sandbox: TestSandbox;
let tech: Tokens;
let client: ApiClient;
let alex: ApiClient;
let alexId: string;
let ticket: { ticket_id: string; ticket_number: string; updated_at: string };

const control = (path: string, body: unknown) =>
  fetch(`${sandbox.api}/__sandbox${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const ticketEvent = async (body: unknown, ref = ticket.ticket_number) => {
  const response = await control(`/tickets/${ref}/events`, body);
  expect(response.status).toBe(200);
};
const feed = async (as: ApiClient, query: string) => {
  const response = await as.get(`/api/v1/activities?${query}`);
  expect(response.status).toBe(200);
  return json(response);
};
const notifications = async (as: ApiClient = client) => (await feed(as, "type=notification&sortBy=dueDate&pageSize=100")).data;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tech = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tech.accessToken);
  const alexTokens = await signIn(sandbox.api, "alex.rivera@example.com");
  alex = apiClient(sandbox.api, alexTokens.accessToken);
  alexId = alexTokens.user.id;
  const list = await json(await client.get(`/api/v1/tickets?assigned_to=${tech.user.id}&is_closed=false&limit=1`));
  const id = list.data[0].ticket_id;
  ticket = (await json(await client.get(`/api/v1/tickets/${id}`))).data;
});
afterAll(() => sandbox.close());

describe("GET /api/v1/activities?type=notification", () => {
  it("shows a customer's e-mail reply, which changes response_state but not updated_at", async () => {
    await ticketEvent({ kind: "email-reply", text: "Printer still jams on tray 2" });
    const [item] = await notifications();
    expect(item).toMatchObject({
      type: "notification",
      sourceType: "notification",
      templateName: "ticket-comment-added",
      status: "info",
      priority: "medium",
      isRead: false,
      readAt: null,
      category: "tickets",
      assignedTo: [tech.user.id],
      title: "New Comment",
      metadata: { ticketId: ticket.ticket_id, ticketNumber: ticket.ticket_number, comment: { author: "Someone", isInternal: false } },
    });
    expect(item.id).toBe(item.notificationId);
    expect(item.message).toBe(item.description);
    expect(item.message).toContain("Printer still jams");
    expect(new URL(item.link).pathname).toBe(`/msp/tickets/${ticket.ticket_id}`);
    expect(item.actions).toEqual([
      { id: "view", label: "View Details" },
      { id: "mark-read", label: "Mark Read" },
    ]);
    const after = (await json(await client.get(`/api/v1/tickets/${ticket.ticket_id}`))).data;
    expect(after.updated_at).toBe(ticket.updated_at);
    expect(after.response_state).toBe("awaiting_internal");
  });

  it("notifies the other assignees of a v1 comment, never its author; an internal note only the mentioned", async () => {
    await ticketEvent({ kind: "add-agent", by: "tech@example.com", agent: "alex.rivera@example.com" });
    expect((await notifications(alex))[0]).toMatchObject({ templateName: "ticket-additional-agent-assigned" });
    const mine = (await notifications()).length;
    await client.post(`/api/v1/tickets/${ticket.ticket_id}/comments`, { comment_text: "On my way", is_internal: false });
    expect((await notifications()).length).toBe(mine);
    expect((await notifications(alex))[0]).toMatchObject({ templateName: "ticket-comment-added", title: "New Comment" });
    const alexCount = (await notifications(alex)).length;
    await ticketEvent({
      kind: "web-comment",
      by: "jordan.lee@example.com",
      text: "can you check",
      internal: true,
      mentions: ["tech@example.com"],
    });
    const [mention] = await notifications();
    expect(mention).toMatchObject({ templateName: "user-mentioned-in-comment", category: "messages" });
    expect(mention.link).toMatch(/#comment-[0-9a-f-]{36}$/);
    expect(mention.metadata).toMatchObject({ commentAuthor: "Jordan Lee", ticketNumber: ticket.ticket_number });
    expect(mention.message).toContain("can you check");
    expect(mention.message).not.toContain('"type"');
    expect((await notifications(alex)).length).toBe(alexCount);
  });

  it("writes assignment, status and SLA notifications with the real templates; SLA links are relative", async () => {
    await ticketEvent({ kind: "web-assign", by: "tech@example.com", to: "tech@example.com" });
    expect((await notifications())[0]).toMatchObject({ templateName: "ticket-assigned", title: "Ticket Assigned" });
    await ticketEvent({ kind: "web-status", by: "alex.rivera@example.com", status: "In Progress" });
    expect((await notifications())[0]).toMatchObject({ templateName: "ticket-status-changed" });
    await ticketEvent({ kind: "sla-warning", threshold: 80 });
    const [sla] = await notifications();
    expect(sla).toMatchObject({
      templateName: "sla-warning",
      status: "warning",
      category: "sla",
      link: `/msp/tickets/${ticket.ticket_id}`,
    });
    expect(sla.metadata).toEqual({ ticket_id: ticket.ticket_id, sla_template: "sla-response-warning" });
  });

  it("pages in memory with {data, pagination} and no meta; status=closed means read ones only", async () => {
    const body = await feed(client, "type=notification&sortBy=dueDate&pageSize=2&page=2");
    expect(Object.keys(body).sort()).toEqual(["data", "pagination"]);
    expect(body.pagination).toMatchObject({ page: 2, limit: 2, hasPrev: true });
    expect(body.pagination.total).toBeGreaterThanOrEqual(4);
    expect((await feed(client, "type=notification&status=closed")).data).toEqual([]);
    expect((await feed(client, "type=notification&page=999")).data).toEqual([]);
  });

  it("answers its two validation shapes", async () => {
    const invalid = await client.get("/api/v1/activities?type=notification&dateStart=2026-01-01");
    expect(invalid.status).toBe(400);
    const invalidBody = await json(invalid);
    expect(invalidBody.error.code).toBe("VALIDATION_ERROR");
    expect(JSON.parse(invalidBody.error.message)[0]).toMatchObject({ path: ["dateStart"], message: "Invalid datetime" });
    expect(invalidBody.error).not.toHaveProperty("details");
    const tooBig = await json(await client.get("/api/v1/activities?type=notification&pageSize=500"));
    expect(tooBig.error).toMatchObject({ message: "Validation failed", details: [{ path: ["pageSize"] }] });
    expect((await feed(client, "type=notification&dateStart=2026-01-01T00:00:00%2B02:00&status=")).data.length).toBeGreaterThan(0);
  });

  it("is a 404 HTML page on a server older than the feed", async () => {
    await control("/faults", { withoutActivities: true });
    const response = await client.get("/api/v1/activities?type=notification");
    await fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
  });
});

describe("GET /api/v1/activities?type=ticket", () => {
  it("lists tickets where I am an additional agent, with assignedTo naming the primary only", async () => {
    const body = await feed(alex, "type=ticket&status=all&pageSize=100");
    const shared = body.data.find((item: { id: string }) => item.id === ticket.ticket_id);
    expect(shared).toMatchObject({ type: "ticket", ticketNumber: ticket.ticket_number, assignedTo: [tech.user.id] });
    expect(shared.assignedTo).not.toContain(alexId);
    // A ticket number alone never matches: the title-only post-filter drops it.
    expect((await feed(alex, `type=ticket&search=${ticket.ticket_number}`)).data).toEqual([]);
  });
});
