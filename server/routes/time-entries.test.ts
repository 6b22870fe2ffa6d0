import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { dataEnvelope, paginatedEnvelope } from "../../src/api/schemas/envelopes";
import { serviceSchema, timeEntrySchema } from "../../src/api/schemas/time-entries";
import { userSchema } from "../../src/api/schemas/users";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox, type Tokens } from "../testing/harness";

let sandbox: TestSandbox;
let tokens: Tokens;
let client: ApiClient;
let ticketId: string;
let serviceId: string;

const HOUR = 3_600_000;
// Whole days back from now, so tests never collide with each other's entries.
const at = (daysAgo: number, hour: number, minute = 0) => {
  const day = new Date(Date.now() - daysAgo * 24 * HOUR);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute)).toISOString();
};

beforeAll(async () => {
  sandbox = await startTestSandbox();
  tokens = await signIn(sandbox.api);
  client = apiClient(sandbox.api, tokens.accessToken);
  ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&limit=1"))).data[0].ticket_id;
  serviceId = (await json(await client.get("/api/v1/services?is_active=true&limit=100"))).data[0].service_id;
});
afterAll(() => sandbox.close());

const entry = (overrides: Record<string, unknown>) => ({
  work_item_type: "ticket",
  work_item_id: ticketId,
  service_id: serviceId,
  is_billable: true,
  ...overrides,
});

async function expectValidation(response: Response, message: string, detail?: string) {
  expect(response.status).toBe(400);
  const body = await json(response);
  expect(body.error.message).toBe(message);
  if (detail) expect(JSON.stringify(body.error.details)).toContain(detail);
}

describe("POST /api/v1/time-entries", () => {
  it("creates an entry truncated to the minute, with duration_hours as a string (201)", async () => {
    const response = await client.post(
      "/api/v1/time-entries",
      entry({ start_time: at(1, 9).replace(":00.000Z", ":42.123Z"), end_time: at(1, 10, 30), notes: "Swapped the disk" }),
    );
    expect(response.status).toBe(201);
    const created = dataEnvelope(timeEntrySchema).parse(await response.json()).data;
    expect(created.start_time).toBe(at(1, 9));
    expect(created).toMatchObject({
      billable_duration: 90,
      duration_hours: "1.50",
      is_billable: true,
      notes: "Swapped the disk",
      work_item_id: ticketId,
    });
    const raw = (
      await json(await client.post("/api/v1/time-entries", entry({ start_time: at(1, 11), end_time: at(1, 11, 15), is_billable: false })))
    ).data;
    expect(raw).toMatchObject({ billable_duration: 0, is_billable: false, approval_status: "DRAFT", user_id: tokens.user.id });
    expect(raw.user).toMatchObject({ user_id: tokens.user.id, email: "tech@example.com" });
    expect(raw.work_item).toMatchObject({ id: ticketId, type: "ticket" });
    expect(raw.service).toMatchObject({ service_id: serviceId });
    expect(raw.time_sheet).toHaveProperty("period_id");
    expect(raw.billing_info).toMatchObject({ contract_line_name: null, total_amount: null });
  });

  it("answers 409 for an overlap with the caller's own entries; touching ends are fine", async () => {
    expect((await client.post("/api/v1/time-entries", entry({ start_time: at(2, 9), end_time: at(2, 10) }))).status).toBe(201);
    const overlap = await client.post("/api/v1/time-entries", entry({ start_time: at(2, 9, 30), end_time: at(2, 10, 30) }));
    expect(overlap.status).toBe(409);
    expect((await json(overlap)).error).toEqual({ code: "CONFLICT", message: "Time entry overlaps with existing entry" });
    expect((await client.post("/api/v1/time-entries", entry({ start_time: at(2, 10), end_time: at(2, 11) }))).status).toBe(201);
    const colleague = apiClient(sandbox.api, (await signIn(sandbox.api, "alex.rivera@example.com")).accessToken);
    expect((await colleague.post("/api/v1/time-entries", entry({ start_time: at(2, 9), end_time: at(2, 10) }))).status).toBe(201);
  });

  it("requires service_id", async () => {
    await expectValidation(
      await client.post("/api/v1/time-entries", entry({ service_id: undefined, start_time: at(3, 9), end_time: at(3, 10) })),
      "Validation failed",
      "service_id is required for time entries",
    );
  });

  it("requires times in UTC with Z, end after start", async () => {
    await expectValidation(
      await client.post("/api/v1/time-entries", entry({ start_time: "2026-01-01T09:00:00+02:00", end_time: at(3, 10) })),
      "Validation failed",
    );
    await expectValidation(
      await client.post("/api/v1/time-entries", entry({ start_time: at(3, 10), end_time: at(3, 9) })),
      "Validation failed",
      "End time must be after start time",
    );
  });

  it("requires work_item_id for tickets and an existing ticket", async () => {
    await expectValidation(
      await client.post("/api/v1/time-entries", entry({ work_item_id: undefined, start_time: at(4, 9), end_time: at(4, 10) })),
      "Validation failed",
      "work_item_id",
    );
    await expectValidation(
      await client.post(
        "/api/v1/time-entries",
        entry({ work_item_id: "00000000-0000-4000-8000-000000000000", start_time: at(4, 9), end_time: at(4, 10) }),
      ),
      "Validation failed",
      "Ticket not found",
    );
  });

  it("needs a time period covering the date", async () => {
    await expectValidation(
      await client.post("/api/v1/time-entries", entry({ start_time: "2001-01-01T09:00:00Z", end_time: "2001-01-01T10:00:00Z" })),
      "No time period found for this date",
    );
  });

  it("answers 400 Invalid reference for an unknown service", async () => {
    const response = await client.post(
      "/api/v1/time-entries",
      entry({ service_id: "22222222-2222-4222-8222-222222222222", start_time: at(5, 9), end_time: at(5, 10) }),
    );
    expect(response.status).toBe(400);
    expect((await json(response)).error).toMatchObject({ code: "BAD_REQUEST", message: "Invalid reference" });
  });
});

describe("GET /api/v1/services", () => {
  it("lists active services, paginated, by name", async () => {
    const body = paginatedEnvelope(serviceSchema).parse(await json(await client.get("/api/v1/services?is_active=true&limit=100")));
    const names = body.data.map((service) => service.service_name);
    expect(names).toContain("Remote Support");
    expect(names).not.toContain("Legacy Phone Support");
    expect(names).toEqual([...names].sort());
    expect(body.pagination).toMatchObject({ page: 1, limit: 100, total: names.length });
  });

  it("refuses limit > 100", async () => {
    expect((await client.get("/api/v1/services?limit=101")).status).toBe(400);
  });
});

describe("GET /api/v1/users and /users/search", () => {
  it("lists active internal users sorted by first name", async () => {
    const body = paginatedEnvelope(userSchema).parse(
      await json(await client.get("/api/v1/users?user_type=internal&is_inactive=false&limit=25&sort=first_name&order=asc")),
    );
    const names = body.data.map((user) => user.first_name ?? "");
    expect(names).toEqual([...names].sort());
    expect(body.data.length).toBeGreaterThanOrEqual(6);
    const raw = (await json(await client.get("/api/v1/users?limit=100"))).data;
    expect(raw.some((user: { hashed_password?: string }) => "hashed_password" in user)).toBe(false);
  });

  it("searches by name", async () => {
    const body = dataEnvelope(z.array(userSchema)).parse(
      await json(await client.get("/api/v1/users/search?query=tay&user_type=internal&include_inactive=false&limit=25")),
    );
    expect(body.data.map((user) => user.email)).toEqual(["tech@example.com"]);
    expect((await json(await client.get("/api/v1/users/search?query=fischer"))).data).toEqual([]);
    expect((await json(await client.get("/api/v1/users/search?query=fischer&include_inactive=true"))).data).toHaveLength(1);
  });

  it("refuses any fields= with the real server's 400 (its schema wants an array)", async () => {
    const response = await client.get("/api/v1/users/search?query=tay&fields=first_name,last_name,email,username");
    expect(response.status).toBe(400);
    const body = await json(response);
    expect(body.error.message).toBe("Query validation failed");
    expect(body.error.details).toEqual([expect.objectContaining({ path: ["fields"], message: "Expected array, received string" })]);
  });

  it("requires a query", async () => {
    expect((await client.get("/api/v1/users/search?query=")).status).toBe(400);
  });
});
