import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { paginatedEnvelope } from "../../src/api/schemas/envelopes";
import { ticketTimeSummarySchema, timeEntryRecordSchema } from "../../src/api/schemas/time-tracking";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let colleague: ApiClient;
let me: string;

type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const tokens = await signIn(sandbox.api);
  me = tokens.user.id;
  client = apiClient(sandbox.api, tokens.accessToken);
  colleague = apiClient(sandbox.api, (await signIn(sandbox.api, "alex.rivera@example.com")).accessToken);
});
afterAll(() => sandbox.close());

const myEntries = async (query = "") =>
  (await json(await client.get(`/api/v1/time-entries?user_id=${me}&sort=start_time&order=desc&limit=100${query}`))).data as Row[];
const byNotes = async (notes: string) => (await myEntries()).find((entry) => entry.notes === notes) as Row;
const dayOffset = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function expectError(response: Response, status: number, code: string, message: string) {
  expect(response.status).toBe(status);
  const body = await json(response);
  expect(body.error).toMatchObject({ code, message });
  return body.error;
}

describe("GET /api/v1/time-entries", () => {
  it("lists every user's entries unless user_id is given, with the derived fields", async () => {
    const all = await json(await client.get("/api/v1/time-entries?limit=100"));
    paginatedEnvelope(timeEntryRecordSchema).parse(all);
    expect(new Set(all.data.map((row: Row) => row.user_id)).size).toBeGreaterThan(1);
    expect(all.meta).toEqual({ sort: "created_at", order: "desc", filters: {} });
    const entry = await byNotes("Replaced the toner and cleaned the rollers");
    expect(entry).toMatchObject({
      user_name: "Taylor Morgan",
      billable_duration: 90,
      duration_hours: "1.50",
      is_billable: true,
      approval_status: "DRAFT",
      work_item_type: "ticket",
      work_timezone: "UTC",
    });
    expect(typeof entry.service_name).toBe("string");
    // A DATE column arrives as a timestamp at midnight (fieldkit §0.3).
    expect(entry.work_date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
    const running = all.data.find((row: Row) => row.end_time === null);
    expect(running).toMatchObject({ duration_hours: null, billable_duration: 0, is_billable: false, time_sheet_id: null });
  });

  it("gives the week of one user by work date, in the order asked, and filters billable", async () => {
    const week = await myEntries(`&date_from=${dayOffset(-6)}&date_to=${dayOffset(-1)}`);
    expect(week.every((row) => row.user_id === me)).toBe(true);
    expect(week.map((row) => row.notes)).toContain("Patched the firewall");
    expect(week.map((row) => row.notes)).not.toContain("Approved last period");
    const starts = week.map((row) => row.start_time as string);
    expect([...starts].sort().reverse()).toEqual(starts);
    const nonBillable = await myEntries("&is_billable=false");
    expect(nonBillable.map((row) => row.notes)).toEqual(["Travel to site"]);
  });

  it("answers 400 Query validation failed for bad parameters and 500 for an unknown sort column", async () => {
    for (const query of ["limit=101", "is_billable=yes", "date_from=2026/01/01", "user_id=me", "approval_status=done"]) {
      await expectError(await client.get(`/api/v1/time-entries?${query}`), 400, "VALIDATION_ERROR", "Query validation failed");
    }
    const unknownSort = await client.get("/api/v1/time-entries?sort=nope");
    expect(unknownSort.status).toBe(500);
    expect((await json(unknownSort)).error.code).toBe("INTERNAL_CONFIGURATION");
  });
});

describe("GET /api/v1/time-entries/{id}", () => {
  it("reads any user's entry, with 400 for a malformed id and 404 for an unknown one", async () => {
    const theirs = (await json(await colleague.get("/api/v1/time-entries?limit=100"))).data.find(
      (row: Row) => row.notes === "Checked the print server",
    );
    const response = await client.get(`/api/v1/time-entries/${theirs.entry_id}`);
    expect(response.status).toBe(200);
    expect((await json(response)).data).toEqual(theirs);
    await expectError(await client.get("/api/v1/time-entries/42"), 400, "VALIDATION_ERROR", "Invalid time_entry ID format");
    await expectError(
      await client.get("/api/v1/time-entries/00000000-0000-4000-8000-000000000000"),
      404,
      "NOT_FOUND",
      "time_entry not found",
    );
  });
});

describe("PUT /api/v1/time-entries/{id}", () => {
  it("updates the owner's entry, truncating times and recomputing duration and work date", async () => {
    const entry = await byNotes("Reset the user's MFA");
    const start = new Date(new Date(entry.start_time).getTime() - 86_400_000);
    const end = new Date(start.getTime() + 61 * 60_000 + 42_000);
    const response = await client.put(`/api/v1/time-entries/${entry.entry_id}`, {
      start_time: start.toISOString(),
      end_time: end.toISOString(),
      notes: "Reset MFA and re-enrolled the phone",
    });
    expect(response.status).toBe(200);
    const updated = (await json(response)).data;
    expect(updated).toMatchObject({ notes: "Reset MFA and re-enrolled the phone", billable_duration: 61, duration_hours: "1.02" });
    expect(updated.end_time).toBe(new Date(Math.floor(end.getTime() / 60_000) * 60_000).toISOString());
    expect(updated.work_date.slice(0, 10)).toBe(start.toISOString().slice(0, 10));

    const nonBillable = (await json(await client.put(`/api/v1/time-entries/${entry.entry_id}`, { is_billable: false }))).data;
    expect(nonBillable).toMatchObject({ billable_duration: 0, is_billable: false });
  });

  it("stores a negative duration when only one side moves past the other", async () => {
    const entry = await byNotes("First look at the printer");
    const before = new Date(new Date(entry.start_time).getTime() - 30 * 60_000).toISOString();
    const updated = (await json(await client.put(`/api/v1/time-entries/${entry.entry_id}`, { end_time: before }))).data;
    expect(updated.billable_duration).toBe(-30);
  });

  it("refuses bad bodies, other users' entries and approved entries", async () => {
    const entry = await byNotes("Rebuilt the Outlook profile");
    const url = `/api/v1/time-entries/${entry.entry_id}`;
    const order = await expectError(
      await client.put(url, { start_time: entry.end_time, end_time: entry.start_time }),
      400,
      "VALIDATION_ERROR",
      "Validation failed",
    );
    expect(JSON.stringify(order.details)).toContain("End time must be after start time");
    const cleared = await expectError(await client.put(url, { service_id: "" }), 400, "VALIDATION_ERROR", "Validation failed");
    expect(JSON.stringify(cleared.details)).toContain("service_id cannot be cleared from a time entry");

    await expectError(
      await colleague.put(url, { notes: "mine now" }),
      403,
      "FORBIDDEN",
      "Permission denied: Cannot update this time entry",
    );
    const approved = await byNotes("Approved last period");
    await expectError(
      await client.put(`/api/v1/time-entries/${approved.entry_id}`, { notes: "x" }),
      409,
      "CONFLICT",
      "Cannot modify approved time entries",
    );
    expect((await byNotes("Rebuilt the Outlook profile")).notes).toBe("Rebuilt the Outlook profile");
  });

  it("treats a body that is not JSON as {}", async () => {
    const entry = await byNotes("Rebuilt the Outlook profile");
    const response = await client.raw(`/api/v1/time-entries/${entry.entry_id}`, {
      method: "PUT",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect(response.status).toBe(200);
    expect((await json(response)).data).toMatchObject({ notes: entry.notes, billable_duration: entry.billable_duration });
  });
});

describe("DELETE /api/v1/time-entries/{id}", () => {
  it("deletes the owner's entry once (204, then 404)", async () => {
    const entry = await byNotes("Patched the firewall");
    await expectError(
      await colleague.delete(`/api/v1/time-entries/${entry.entry_id}`),
      403,
      "FORBIDDEN",
      "Permission denied: Cannot delete this time entry",
    );
    const deleted = await client.delete(`/api/v1/time-entries/${entry.entry_id}`);
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe("");
    await expectError(await client.delete(`/api/v1/time-entries/${entry.entry_id}`), 404, "NOT_FOUND", "time_entry not found");
    const approved = await byNotes("Approved last period");
    await expectError(
      await client.delete(`/api/v1/time-entries/${approved.entry_id}`),
      409,
      "CONFLICT",
      "Cannot delete approved time entries",
    );
  });
});

describe("GET /api/v1/tickets/{id}/time-entries", () => {
  it("sums the caller's entries and hides a colleague's, with formatISO times", async () => {
    const ticketId = await ticketIdByNumber(client, "TIC001000");
    const response = await client.get(`/api/v1/tickets/${ticketId}/time-entries`);
    expect(response.status).toBe(200);
    const summary = (await json(response)).data;
    ticketTimeSummarySchema.parse(summary);
    expect(summary.entries.map((entry: Row) => entry.notes)).toEqual([
      "Replaced the toner and cleaned the rollers",
      "First look at the printer",
    ]);
    expect(summary.entries[0]).toMatchObject({ is_own: true, user_name: "Taylor Morgan", billable_duration: 90 });
    expect(summary.entries[0].start_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00Z$/);
    expect(summary.entries[0].work_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(summary).toMatchObject({
      ownEntryCount: 2,
      othersEntryCount: 1,
      othersTotalMinutes: 45,
      othersVisibleCount: 0,
      othersVisibleMinutes: 0,
      othersHiddenCount: 1,
      othersHiddenMinutes: 45,
    });
    expect(summary.totalMinutes).toBe(summary.ownTotalMinutes + 45);
  });

  it("answers 400 for a malformed ticket id and 404 for an unknown one", async () => {
    expect((await client.get("/api/v1/tickets/nope/time-entries")).status).toBe(400);
    expect((await client.get("/api/v1/tickets/00000000-0000-4000-8000-000000000000/time-entries")).status).toBe(404);
  });
});

describe("GET /api/v1/time-periods", () => {
  it("is forbidden to a technician, as no seeded role has time_period:read", async () => {
    for (const path of ["/api/v1/time-periods", "/api/v1/time-periods/current?date=2026-02-03"]) {
      expect(await json(await client.get(path))).toEqual({
        error: { code: "FORBIDDEN", message: "Permission denied: Cannot read time periods" },
      });
    }
  });
});
