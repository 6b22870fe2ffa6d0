import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { apiClient, json, postJson, setFaults, signIn, startTestSandbox, type ApiClient, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let client: ApiClient;
let ticketId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  client = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
  ticketId = (await json(await client.get("/api/v1/tickets?fields=mobile_list&limit=1"))).data[0].ticket_id;
});
afterEach(() => setFaults(sandbox.api, null));
afterAll(() => sandbox.close());

describe("faults", () => {
  it("adds latency to matching routes only", async () => {
    await setFaults(sandbox.api, { latencyMs: { "GET /api/v1/tickets/stats": 1_000 } });
    // Sent together; the other route answers well inside the delay. A 1 s delay leaves room for a loaded
    // machine (331 ms for a plain call at a load of 30 broke the former 250 ms bound).
    const started = Date.now();
    const answeredAfter = async (path: string) => {
      await client.get(path);
      return Date.now() - started;
    };
    const [delayed, other] = await Promise.all([answeredAfter("/api/v1/tickets/stats"), answeredAfter("/api/v1/tickets/priorities")]);
    expect(delayed).toBeGreaterThanOrEqual(990);
    expect(other).toBeLessThan(990);
  });

  it("fails calls at the given rate with the chosen statuses", async () => {
    await setFaults(sandbox.api, { failureRate: 1, statuses: [503], failureRoutes: ["/api/v1/tickets/*"] });
    const failed = await client.get("/api/v1/tickets/priorities");
    expect(failed.status).toBe(503);
    expect(failed.headers.get("access-control-allow-origin")).toBe("*");
    expect((await client.get("/api/v1/tickets?limit=1")).status).toBe(200);
  });

  it("answers the next N calls with 429 RATE_LIMITED", async () => {
    await setFaults(sandbox.api, { rateLimitBurst: 2 });
    for (let call = 0; call < 2; call++) {
      const response = await client.get("/api/v1/tickets/priorities");
      expect(response.status).toBe(429);
      expect((await json(response)).error).toEqual({
        code: "RATE_LIMITED",
        message: "Too many requests",
        details: { retry_after_ms: 1000, remaining: 0 },
      });
    }
    expect((await client.get("/api/v1/tickets/priorities")).status).toBe(200);
  });

  it("commits a mutation, then drops the response", async () => {
    const before = (await json(await client.get(`/api/v1/tickets/${ticketId}/comments`))).data.length;
    await setFaults(sandbox.api, { dropResponseAfterCommit: 1 });
    await expect(client.post(`/api/v1/tickets/${ticketId}/comments`, { comment_text: "Sent once, answer lost" })).rejects.toThrow();
    expect((await json(await client.get(`/api/v1/tickets/${ticketId}/comments`))).data.length).toBe(before + 1);
    expect((await client.post(`/api/v1/tickets/${ticketId}/comments`, { comment_text: "Second" })).status).toBe(201);
  });

  it("refuses every API call when offline, and recovers when cleared", async () => {
    await setFaults(sandbox.api, { offline: true });
    await expect(client.get("/api/v1/tickets/priorities")).rejects.toThrow();
    await expect(fetch(`${sandbox.api}/api/v1/mobile/auth/capabilities`)).rejects.toThrow();
    await setFaults(sandbox.api, null);
    expect((await client.get("/api/v1/tickets/priorities")).status).toBe(200);
  });

  it("shortens token lifetimes (reported by capabilities)", async () => {
    await setFaults(sandbox.api, { accessTtlSec: 5, refreshTtlSec: 10 });
    const capabilities = await json(await fetch(`${sandbox.api}/api/v1/mobile/auth/capabilities`));
    expect(capabilities).toMatchObject({ accessTtlSec: 5, refreshTtlSec: 10 });
  });

  it("refuses unknown fault names", async () => {
    expect((await setFaults(sandbox.api, { explode: true })).status).toBe(400);
  });
});

describe("control", () => {
  it("answers 404 for a session of an unknown email", async () => {
    expect((await postJson(`${sandbox.api}/__sandbox/session`, { email: "nobody@example.com" })).status).toBe(404);
  });

  it("resets to a fresh seed", async () => {
    await client.post(`/api/v1/tickets/${ticketId}/comments`, { comment_text: "Before reset" });
    expect((await fetch(`${sandbox.api}/__sandbox/reset`, { method: "POST" })).status).toBe(200);
    // The reset wiped the sessions too; sign in again.
    const fresh = apiClient(sandbox.api, (await signIn(sandbox.api)).accessToken);
    const stats = await json(await fresh.get("/api/v1/tickets/stats"));
    expect(stats.data.total_tickets).toBe(400);
    expect((await client.get("/api/v1/tickets/stats")).status).toBe(401);
  });
});
