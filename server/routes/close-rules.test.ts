import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeRuleFailures } from "../../src/api/close-rules";
import { errorFromResponse } from "../../src/api/errors";
import { ticketSlaSchema } from "../../src/api/schemas/sla";
import { slaStatus } from "../../src/api/sla";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let me: string;

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const tokens = await signIn(sandbox.api);
  me = tokens.user.id;
  client = apiClient(sandbox.api, tokens.accessToken);
});
afterAll(() => sandbox.close());

const ticket = async (id: string) => (await json(await client.get(`/api/v1/tickets/${id}`))).data as Row;
async function statusesOf(boardId: string) {
  const statuses = (await json(await client.get(`/api/v1/tickets/statuses?board_id=${boardId}`))).data as Row[];
  return { open: statuses.filter((status) => !status.is_closed), closed: statuses.filter((status) => status.is_closed) };
}
const setStatus = (id: string, body: Record<string, unknown>) => client.put(`/api/v1/tickets/${id}/status`, body);

async function expectRefused(response: Response, details: Row[]) {
  expect(response.status).toBe(400);
  const body = await json(response);
  expect(body).toEqual({ error: { code: "VALIDATION_ERROR", message: "Ticket close rules not satisfied", details } });
  expect(closeRuleFailures(errorFromResponse(400, body))).toHaveLength(details.length);
}

describe("SLA fields", () => {
  it("are on the detail and the full list, not on mobile_list, with the seeded states", async () => {
    const [onTrack, atRisk, breached, paused] = await Promise.all(
      ["TIC001000", "TIC001001", "TIC001002", "TIC001003"].map(async (number) => ticket(await ticketIdByNumber(client, number))),
    );
    const now = Date.now();
    expect(onTrack).toMatchObject({ sla_response_met: true, sla_resolution_at: null, sla_paused_at: null, sla_total_pause_minutes: 0 });
    expect(new Date(onTrack!.sla_resolution_due_at).getTime()).toBeGreaterThan(now + 2 * 86_400_000);
    const atRiskDue = new Date(atRisk!.sla_resolution_due_at).getTime();
    expect(atRiskDue).toBeGreaterThan(now);
    expect(atRiskDue).toBeLessThan(now + 3_600_000);
    expect(breached).toMatchObject({ sla_response_met: false, sla_resolution_at: null, sla_resolution_met: null });
    expect(new Date(breached!.sla_resolution_due_at).getTime()).toBeLessThan(now);
    expect(paused).toMatchObject({ response_state: "awaiting_client", sla_total_pause_minutes: 90, sla_resolution_at: null });
    expect(new Date(paused!.sla_paused_at).getTime()).toBeLessThan(now);
    for (const key of ["sla_policy_id", "sla_started_at", "sla_response_due_at", "escalated", "escalation_level", "response_state"]) {
      expect(onTrack).toHaveProperty(key);
    }
    const full = (await json(await client.get("/api/v1/tickets?search=TIC001001"))).data[0];
    expect(full.sla_resolution_due_at).toBe(atRisk!.sla_resolution_due_at);
    const mobile = (await json(await client.get("/api/v1/tickets?fields=mobile_list&search=TIC001001"))).data[0];
    expect(mobile).not.toHaveProperty("sla_resolution_due_at");
    // What the app computes from these on the device.
    const states = [onTrack, atRisk, breached, paused].map((row) => slaStatus(ticketSlaSchema.parse(row), new Date()));
    expect(states.map((status) => status?.resolution?.state)).toEqual(["on_track", "at_risk", "breached", "paused"]);
    expect(states[2]?.response?.state).toBe("missed");
  });
});

describe("close rules (Service Desk: checklist and bundled tickets)", () => {
  it("refuses a close over open required checklist items and writes nothing; it closes once they are done", async () => {
    const id = await ticketIdByNumber(client, "TIC001002");
    const before = await ticket(id);
    const { closed } = await statusesOf(before.board_id);
    await expectRefused(await setStatus(id, { status_id: closed[0]!.status_id }), [
      { path: ["status_id"], rule: "checklist_incomplete", message: "2 required checklist items are incomplete", incomplete_count: 2 },
    ]);
    // The partial update runs the same rules.
    await expectRefused(await client.put(`/api/v1/tickets/${id}`, { status_id: closed[0]!.status_id }), [
      expect.objectContaining({ rule: "checklist_incomplete" }),
    ]);
    expect(await ticket(id)).toMatchObject({ status_id: before.status_id, is_closed: false, updated_at: before.updated_at });

    const items = (await json(await client.get(`/api/v1/tickets/${id}/checklist`))).data as Row[];
    const open = items.filter((item) => item.is_required && !item.completed);
    await client.patch(`/api/v1/tickets/${id}/checklist/${open[0]!.checklist_item_id}`, { completed: true });
    await expectRefused(await setStatus(id, { status_id: closed[0]!.status_id }), [
      { path: ["status_id"], rule: "checklist_incomplete", message: "1 required checklist item is incomplete", incomplete_count: 1 },
    ]);
    await client.patch(`/api/v1/tickets/${id}/checklist/${open[1]!.checklist_item_id}`, { completed: true });
    expect((await setStatus(id, { status_id: closed[0]!.status_id })).status).toBe(200);
    // Resolved two hours after its SLA deadline.
    expect(await ticket(id)).toMatchObject({ is_closed: true, sla_resolution_met: false, sla_resolution_at: expect.any(String) });
  });

  it("refuses a close while a bundled ticket is open, unless the rules are overridden", async () => {
    const id = await ticketIdByNumber(client, "TIC001004");
    const { closed } = await statusesOf((await ticket(id)).board_id);
    await expectRefused(await setStatus(id, { status_id: closed[0]!.status_id }), [
      { path: ["status_id"], rule: "open_children", message: "1 bundled ticket is still open", open_children_count: 1 },
    ]);
    const overridden = await setStatus(id, {
      status_id: closed[0]!.status_id,
      override_close_rules: true,
      override_close_rules_reason: "Child is a duplicate",
    });
    expect(overridden.status).toBe(200);
    expect((await ticket(id)).is_closed).toBe(true);
    // Closed → closed and closed → open run no rules.
    expect((await setStatus(id, { status_id: closed[1]!.status_id })).status).toBe(200);
    const { open } = await statusesOf((await ticket(id)).board_id);
    expect((await setStatus(id, { status_id: open[0]!.status_id })).status).toBe(200);
  });

  it("closes a ticket whose required items are done, and stamps a met resolution", async () => {
    const id = await ticketIdByNumber(client, "TIC001003");
    const { closed } = await statusesOf((await ticket(id)).board_id);
    expect((await setStatus(id, { status_id: closed[0]!.status_id })).status).toBe(200);
    expect(await ticket(id)).toMatchObject({ is_closed: true, sla_resolution_met: true });
  });
});

describe("close rules (Projects: resolution comment, time entry, required fields)", () => {
  it("reports every failing rule in order, takes the request's own changes into account, and closes when all hold", async () => {
    const page = (await json(await client.get("/api/v1/tickets?board_name=Projects&is_open=true&limit=100&sort=ticket_number&order=asc")))
      .data as Row[];
    const candidate = page.find((row) => row.category_id === null);
    expect(candidate).toBeDefined();
    const id = candidate!.ticket_id as string;
    const { closed } = await statusesOf(candidate!.board_id);
    const done = closed[0]!.status_id;
    const expected = [
      { path: ["status_id"], rule: "resolution_comment", message: "A resolution comment is required before closing" },
      { path: ["status_id"], rule: "time_entry", message: "At least one time entry must be logged before closing" },
    ];
    const missing = candidate!.assigned_to === null ? ["category_id", "assigned_to"] : ["category_id"];
    const labels = missing.map((field) => (field === "category_id" ? "Category" : "Assignee")).join(", ");
    await expectRefused(await client.put(`/api/v1/tickets/${id}`, { status_id: done }), [
      ...expected,
      { path: ["status_id"], rule: "required_fields", message: `Required fields are missing: ${labels}`, missing_fields: missing },
    ]);

    // A comment whose metadata closes the ticket counts as a resolution comment; a running timer counts as time.
    await client.post(`/api/v1/tickets/${id}/comments`, { comment_text: "Done and tested", metadata: { closes_ticket: "true" } });
    const services = (await json(await client.get("/api/v1/services?is_active=true&limit=100"))).data;
    const timer = await client.post("/api/v1/time-entries/start-tracking", {
      work_item_type: "ticket",
      work_item_id: id,
      service_id: services[0].service_id,
    });
    expect(timer.status).toBe(201);
    const categoryId = page.find((row) => row.category_id !== null)!.category_id;
    const response = await client.put(`/api/v1/tickets/${id}`, { status_id: done, category_id: categoryId, assigned_to: me });
    expect(response.status).toBe(200);
    expect((await ticket(id)).is_closed).toBe(true);
    await client.post(`/api/v1/time-entries/stop-tracking/${(await json(timer)).data.session_id}`, {});
  });
});
