import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { timeEntryRecordSchema, timeSessionSchema } from "../../src/api/schemas/time-tracking";
import { apiClient, json, signIn, startTestSandbox, ticketIdByNumber, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;
let serviceId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = await ticketIdByNumber(client, "TIC001007");
  serviceId = (await json(await client.get("/api/v1/services?is_active=true&limit=100"))).data[0].service_id;
});
afterAll(() => sandbox.close());

const start = (body: unknown) => client.post("/api/v1/time-entries/start-tracking", body);
const stop = (sessionId: string, body: unknown) => client.post(`/api/v1/time-entries/stop-tracking/${sessionId}`, body);
const activeSession = async () => (await json(await client.get("/api/v1/time-entries/active-session"))).data;
const postRaw = (path: string, body: string) => client.raw(path, { method: "POST", headers: { "content-type": "application/json" }, body });

async function expectError(response: Response, status: number, code: string, message: string) {
  expect(response.status).toBe(status);
  const body = await json(response);
  expect(body.error).toMatchObject({ code, message });
  return body.error;
}

describe("the server timer", () => {
  it("starts (201), refuses a second start (409), shows the session and stops it into an entry (201)", async () => {
    expect(await activeSession()).toBeNull();
    const started = await start({ work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId });
    expect(started.status).toBe(201);
    const session = (await json(started)).data;
    const title = (await json(await client.get(`/api/v1/tickets/${ticketId}`))).data.title;
    expect(session).toMatchObject({
      session_id: session.entry_id,
      status: "active",
      elapsed_minutes: 0,
      end_time: null,
      billable_duration: 0,
      approval_status: "DRAFT",
      notes: "",
      time_sheet_id: null,
      work_item_id: ticketId,
      work_item_title: title,
    });
    expect(typeof session.service_name).toBe("string");
    timeSessionSchema.parse(session);
    expect(new Date(session.start_time).getUTCSeconds()).toBe(0);

    await expectError(
      await start({ work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId }),
      409,
      "CONFLICT",
      "Active time tracking session already exists. Please stop the current session first.",
    );
    expect(await activeSession()).toMatchObject({ session_id: session.session_id, status: "active", work_item_title: title });

    // A running entry shows in the ticket summary with the epoch as its end (fieldkit §4.5).
    const summary = (await json(await client.get(`/api/v1/tickets/${ticketId}/time-entries`))).data;
    expect(summary.entries[0]).toMatchObject({ entry_id: session.entry_id, end_time: "1970-01-01T00:00:00Z", billable_duration: 0 });

    const end = new Date(new Date(session.start_time).getTime() + 95 * 60_000 + 30_000).toISOString();
    const stopped = await stop(session.session_id, { end_time: end, notes: "Swapped the PSU", is_billable: true });
    expect(stopped.status).toBe(201);
    const entry = (await json(stopped)).data;
    expect(entry).not.toHaveProperty("session_id");
    expect(timeEntryRecordSchema.parse(entry).work_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(entry).toMatchObject({ entry_id: session.entry_id, billable_duration: 95, notes: "Swapped the PSU", time_sheet_id: null });
    expect(entry.duration_hours).toBe("1.58");
    expect(await activeSession()).toBeNull();
    await expectError(await stop(session.session_id, {}), 404, "NOT_FOUND", "Active session not found");
  });

  it("keeps the notes when stopped with empty notes, and stores 0 minutes when not billable", async () => {
    const session = (await json(await start({ work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId, notes: "On site" })))
      .data;
    const entry = (await json(await stop(session.session_id, { notes: "", is_billable: false }))).data;
    expect(entry).toMatchObject({ notes: "On site", billable_duration: 0, is_billable: false });
  });

  it("accepts an end before the start: a negative duration", async () => {
    const session = (await json(await start({ work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId }))).data;
    const before = new Date(new Date(session.start_time).getTime() - 30 * 60_000).toISOString();
    expect((await json(await stop(session.session_id, { end_time: before }))).data.billable_duration).toBe(-30);
  });

  it("starts on a ticket id that does not exist: the ticket is not checked", async () => {
    const session = (
      await json(await start({ work_item_type: "ticket", work_item_id: "00000000-0000-4000-8000-000000000000", service_id: serviceId }))
    ).data;
    expect(session).toMatchObject({ status: "active", work_item_title: null });
    expect((await stop(session.session_id, {})).status).toBe(201);
  });

  it("will not stop a colleague's timer", async () => {
    const colleague = apiClient(sandbox.api, (await signIn(sandbox.api, "alex.rivera@example.com")).accessToken);
    const theirs = (await json(await colleague.get("/api/v1/time-entries/active-session"))).data;
    expect(theirs).toMatchObject({ status: "active" });
    expect(theirs.elapsed_minutes).toBeGreaterThanOrEqual(35);
    await expectError(await stop(theirs.session_id, {}), 404, "NOT_FOUND", "Active session not found");
  });

  it("answers 400 Invalid tracking data / Invalid stop data, and 500 for bad JSON or a malformed session id", async () => {
    const missing = await expectError(
      await start({ work_item_type: "ticket", work_item_id: ticketId }),
      400,
      "VALIDATION_ERROR",
      "Invalid tracking data",
    );
    expect(JSON.stringify(missing.details)).toContain("service_id");
    await expectError(await start({ work_item_type: "meeting", service_id: serviceId }), 400, "VALIDATION_ERROR", "Invalid tracking data");
    expect((await postRaw("/api/v1/time-entries/start-tracking", "{oops")).status).toBe(500);

    const session = (await json(await start({ work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId }))).data;
    await expectError(await stop(session.session_id, { end_time: "2026-02-03T10:00:00" }), 400, "VALIDATION_ERROR", "Invalid stop data");
    expect((await postRaw(`/api/v1/time-entries/stop-tracking/${session.session_id}`, "")).status).toBe(500);
    expect((await stop("not-a-uuid", {})).status).toBe(500);
    // The raw URL after the prefix is the id, so a query string spoils it.
    expect((await stop(`${session.session_id}?source=app`, {})).status).toBe(500);
    expect((await stop(session.session_id, {})).status).toBe(201);
  });
});
