import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;
let serviceId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&limit=1"))).data[0].ticket_id;
  serviceId = (await json(await client.get("/api/v1/services"))).data[0].service_id;
});
afterAll(() => sandbox.close());

const faults = (body: unknown) => fetch(`${sandbox.api}/__sandbox/faults`, { method: "POST", body: JSON.stringify(body) });
const start = (body: unknown = { work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId }) =>
  client.post("/api/v1/stopwatch", body);
const errorOf = async (response: Response) => (await json(response)).error;

describe("an older server (the default, 2026-08-22)", () => {
  it.each([
    ["the probe", () => client.get("/api/v1/stopwatch/active")],
    ["a start", () => start()],
  ])("answers %s with the 404 HTML page", async (_name, call) => {
    const response = await call();
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("text/html");
  });
});

describe("a newer server", () => {
  beforeAll(() => faults({ newerServer: true }));
  afterAll(() => fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" }));

  it("answers no open session as null", async () => {
    const response = await client.get("/api/v1/stopwatch/active");
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ data: null });
  });

  it("runs, pauses, resumes and logs one draft entry with the active minutes", async () => {
    const started = await start();
    expect(started.status).toBe(201);
    const session = (await json(started)).data;
    expect(session).toMatchObject({ status: "running", notes: "", time_entry_id: null, closed_at: null, work_item_id: ticketId });
    expect(session.segments).toHaveLength(1);
    expect(session.segments[0].ended_at).toBeNull();
    expect(typeof session.active_ms).toBe("number");
    expect(Date.parse(session.server_now)).not.toBeNaN();
    const id = session.session_id;

    const again = await start();
    expect(again.status).toBe(409);
    expect(await errorOf(again)).toMatchObject({
      message: "An open stopwatch session already exists. Log or discard it before starting another.",
      details: { reason: "open_session_exists", open_session: { session_id: id } },
    });

    const paused = (await json(await client.post(`/api/v1/stopwatch/${id}/pause`, {}))).data;
    expect(paused.status).toBe("paused");
    expect(paused.segments[0].ended_at).not.toBeNull();
    // Pause and resume are idempotent: a second one changes nothing.
    const pausedAgain = await client.post(`/api/v1/stopwatch/${id}/pause`, {});
    expect(pausedAgain.status).toBe(200);
    expect((await json(pausedAgain)).data.segments).toHaveLength(1);
    const resumed = (await json(await client.post(`/api/v1/stopwatch/${id}/resume`, {}))).data;
    expect(resumed).toMatchObject({ status: "running" });
    expect(resumed.segments).toHaveLength(2);
    expect((await json(await client.get("/api/v1/stopwatch/active"))).data.session_id).toBe(id);

    const patched = await client.patch(`/api/v1/stopwatch/${id}`, { notes: "Toner" });
    expect((await json(patched)).data.notes).toBe("Toner");

    const logged = await client.post(`/api/v1/stopwatch/${id}/log`, {
      start_time: "2026-11-03T09:00:30Z",
      end_time: "2026-11-03T09:25:00Z",
    });
    expect(logged.status).toBe(201);
    const { data } = await json(logged);
    expect(data.session).toMatchObject({ status: "logged", time_entry_id: data.time_entry.entry_id });
    expect(data.session.closed_at).not.toBeNull();
    expect(data.time_entry).toMatchObject({ approval_status: "DRAFT", billable_duration: 25, notes: "Toner", service_id: serviceId });
    expect(data.time_entry.time_sheet_id).not.toBeNull();
    expect(new Date(data.time_entry.start_time).toISOString()).toBe("2026-11-03T09:00:00.000Z");

    const twice = await client.post(`/api/v1/stopwatch/${id}/log`, {});
    expect(twice.status).toBe(409);
    expect((await errorOf(twice)).message).toBe("This stopwatch session is already closed.");
    expect(await json(await client.get("/api/v1/stopwatch/active"))).toEqual({ data: null });
  });

  it("counts minutes the control lets pass only while the stopwatch runs", async () => {
    const id = (await json(await start())).data.session_id;
    const rewind = (minutes: number) =>
      fetch(`${sandbox.api}/__sandbox/stopwatch/rewind`, { method: "POST", body: JSON.stringify({ minutes }) });
    await rewind(20);
    await client.post(`/api/v1/stopwatch/${id}/pause`, {});
    await rewind(15);
    await client.post(`/api/v1/stopwatch/${id}/resume`, {});
    await rewind(10);
    const active = (await json(await client.get("/api/v1/stopwatch/active"))).data;
    expect(Math.round(active.active_ms / 60_000)).toBe(30);
    const { data } = await json(await client.post(`/api/v1/stopwatch/${id}/log`, {}));
    expect(data.time_entry.billable_duration).toBe(30);
  });

  it("logs at least one minute from the first segment when the body gives no times", async () => {
    const id = (await json(await start())).data.session_id;
    const { data } = await json(await client.post(`/api/v1/stopwatch/${id}/log`, undefined));
    expect(data.time_entry.billable_duration).toBe(1);
  });

  it("discards idempotently, and then refuses the session as closed", async () => {
    const id = (await json(await start())).data.session_id;
    expect((await client.delete(`/api/v1/stopwatch/${id}`)).status).toBe(204);
    expect((await client.delete(`/api/v1/stopwatch/${id}`)).status).toBe(204);
    const pause = await client.post(`/api/v1/stopwatch/${id}/pause`, {});
    expect(pause.status).toBe(409);
    expect((await errorOf(pause)).message).toBe("This stopwatch session is already closed.");
  });

  it.each([
    ["a session id that is no UUID", "/api/v1/stopwatch/nope/pause", 400, "Invalid stopwatch session ID format"],
    [
      "an unknown session",
      "/api/v1/stopwatch/00000000-0000-4000-8000-000000000000/log",
      404,
      "Stopwatch session not found. It may already have been logged or discarded. Please refresh.",
    ],
  ])("refuses %s", async (_name, path, status, message) => {
    const response = await client.post(path, {});
    expect(response.status).toBe(status);
    expect((await errorOf(response)).message).toBe(message);
  });

  it("refuses a start with invalid JSON or on a missing ticket", async () => {
    const bad = await client.raw("/api/v1/stopwatch", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toBe("Request body must be valid JSON");
    const missing = await start({ work_item_type: "ticket", work_item_id: "00000000-0000-4000-8000-000000000000" });
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).message).toBe("The work item for this stopwatch could not be found.");
  });
});
