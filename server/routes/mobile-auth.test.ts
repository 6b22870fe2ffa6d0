import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capabilitiesSchema, exchangeResponseSchema, refreshResponseSchema, revokeResponseSchema } from "../../src/api/schemas/auth";
import { errorEnvelopeSchema } from "../../src/api/schemas/envelopes";
import {
  APP_CALLBACK,
  apiClient,
  handoff,
  json,
  locationOf,
  oneTimeToken,
  postJson,
  signIn,
  startTestSandbox,
  untilExpired,
  webSessionCookie,
  type TestSandbox,
} from "../testing/harness";

let sandbox: TestSandbox;
const url = (path: string) => `${sandbox.api}/api/v1/mobile/auth/${path}`;
const clearLimits = () => fetch(`${sandbox.api}/__sandbox/rate-limits`, { method: "DELETE" });

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(() => sandbox.close());

async function expectError(response: Response, status: number, code: string, message: string) {
  expect(response.status).toBe(status);
  const body = errorEnvelopeSchema.parse(await response.json());
  expect(body.error).toMatchObject({ code, message });
  return body;
}

describe("capabilities", () => {
  it("answers bare JSON: enabled, no OAuth providers, effective TTLs, no allowlist key", async () => {
    const body = capabilitiesSchema.parse(await json(await fetch(url("capabilities"))));
    expect(body).toEqual({
      enabled: true,
      providers: { microsoft: false, google: false },
      accessTtlSec: 28800,
      refreshTtlSec: 2592000,
      ottTtlSec: 60,
    });
  });
});

describe("exchange", () => {
  it("turns a one-time token into a session with the token formats of the real server", async () => {
    await clearLimits();
    const { ott, state } = await oneTimeToken(sandbox.api);
    const response = await postJson(url("exchange"), { ott, state, device: { platform: "web", deviceId: "d1" } });
    expect(response.status).toBe(200);
    const body = exchangeResponseSchema.parse(await response.json());
    expect(body.accessToken).toMatch(/^[0-9a-f]{64}$/);
    expect(body.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(body.expiresInSec).toBe(28800);
    expect(body.user).toMatchObject({ email: "tech@example.com", name: "Taylor Morgan" });
    expect(Object.keys(body).sort()).toEqual(["accessToken", "expiresInSec", "refreshToken", "tenantId", "user"]);
    expect((await apiClient(sandbox.api, body.accessToken).get("/api/v1/tickets/stats")).status).toBe(200);
  });

  it("accepts a one-time token once only", async () => {
    await clearLimits();
    const { ott, state } = await oneTimeToken(sandbox.api);
    expect((await postJson(url("exchange"), { ott, state })).status).toBe(200);
    await expectError(await postJson(url("exchange"), { ott, state }), 401, "UNAUTHORIZED", "Invalid or expired one-time token");
  });

  it("refuses a wrong state and an unknown token alike", async () => {
    await clearLimits();
    const { ott } = await oneTimeToken(sandbox.api);
    await expectError(await postJson(url("exchange"), { ott, state: "other" }), 401, "UNAUTHORIZED", "Invalid or expired one-time token");
    await expectError(
      await postJson(url("exchange"), { ott: "nope", state: "x" }),
      401,
      "UNAUTHORIZED",
      "Invalid or expired one-time token",
    );
  });

  it("validates the body (invalid JSON counts as {})", async () => {
    await clearLimits();
    const body = await expectError(await postJson(url("exchange"), { ott: "" }), 400, "VALIDATION_ERROR", "Validation failed");
    expect(Array.isArray((body.error as { details: unknown }).details)).toBe(true);
    const malformed = await fetch(url("exchange"), { method: "POST", headers: { "content-type": "application/json" }, body: "{oops" });
    await expectError(malformed, 400, "VALIDATION_ERROR", "Validation failed");
  });

  it("refuses a token whose web session was signed out", async () => {
    await clearLimits();
    const { ott, state, cookie } = await oneTimeToken(sandbox.api);
    await fetch(`${sandbox.api}/__sandbox/session`, { method: "DELETE", headers: { cookie } });
    await expectError(await postJson(url("exchange"), { ott, state }), 401, "UNAUTHORIZED", "Login session is no longer valid");
  });

  it("expires a one-time token after its TTL", async () => {
    await clearLimits();
    await postJson(`${sandbox.api}/__sandbox/faults`, { ottTtlSec: 0.01 });
    const { ott, state } = await oneTimeToken(sandbox.api);
    await untilExpired(0.01);
    await expectError(await postJson(url("exchange"), { ott, state }), 401, "UNAUTHORIZED", "Invalid or expired one-time token");
    await fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" });
  });

  it("consumes the one-time token before the per-user limit, so a 429 there burns it", async () => {
    await clearLimits();
    const cookie = await webSessionCookie(sandbox.api, "jordan.lee@example.com");
    // Distinct client IPs keep the per-IP limits of the handoff and the exchange out of the way.
    const fromIp = (ip: number) => ({ "x-forwarded-for": `192.0.2.${ip}` });
    const issue = async (ip: number) =>
      locationOf(await handoff(sandbox.api, cookie, `s${ip}`, APP_CALLBACK, fromIp(ip))).searchParams.get("ott") ?? "";
    const target = await issue(0);
    for (let ip = 1; ip <= 10; ip++)
      expect((await postJson(url("exchange"), { ott: await issue(ip), state: `s${ip}` }, fromIp(ip))).status).toBe(200);
    await expectError(
      await postJson(url("exchange"), { ott: target, state: "s0" }, fromIp(0)),
      429,
      "RATE_LIMITED",
      "Too many mobile login attempts. Please try again shortly.",
    );
    await clearLimits();
    await expectError(
      await postJson(url("exchange"), { ott: target, state: "s0" }, fromIp(0)),
      401,
      "UNAUTHORIZED",
      "Invalid or expired one-time token",
    );
  });

  it("limits exchanges to 10 a minute per IP, then blocks with msBeforeNext", async () => {
    await clearLimits();
    const headers = { "x-forwarded-for": "192.0.2.50" };
    for (let attempt = 0; attempt < 10; attempt++)
      expect((await postJson(url("exchange"), { ott: "x", state: "y" }, headers)).status).toBe(401);
    const body = await expectError(
      await postJson(url("exchange"), { ott: "x", state: "y" }, headers),
      429,
      "RATE_LIMITED",
      "Too many mobile login attempts. Please try again shortly.",
    );
    const details = (body.error as { details: { msBeforeNext: number } }).details;
    expect(details.msBeforeNext).toBeGreaterThan(299_000);
  });
});

describe("refresh", () => {
  it("rotates both tokens; the old refresh token and the old access token die at once", async () => {
    const session = await signIn(sandbox.api);
    const response = await postJson(url("refresh"), { refreshToken: session.refreshToken, device: { platform: "web" } });
    expect(response.status).toBe(200);
    const rotated = refreshResponseSchema.parse(await response.json());
    expect(Object.keys(rotated).sort()).toEqual(["accessToken", "expiresInSec", "refreshToken"]);
    expect(rotated.accessToken).not.toBe(session.accessToken);
    expect((await apiClient(sandbox.api, session.accessToken).get("/api/v1/tickets/stats")).status).toBe(401);
    expect((await apiClient(sandbox.api, rotated.accessToken).get("/api/v1/tickets/stats")).status).toBe(200);
    await expectError(
      await postJson(url("refresh"), { refreshToken: session.refreshToken }),
      401,
      "UNAUTHORIZED",
      "Invalid or expired refresh token",
    );
    // Replaying the old token does not revoke its descendant (no family revocation).
    expect((await apiClient(sandbox.api, rotated.accessToken).get("/api/v1/tickets/stats")).status).toBe(200);
  });

  it("lets exactly one of two concurrent refreshes with one token win", async () => {
    const session = await signIn(sandbox.api);
    const results = await Promise.all([
      postJson(url("refresh"), { refreshToken: session.refreshToken }),
      postJson(url("refresh"), { refreshToken: session.refreshToken }),
    ]);
    expect(results.map((response) => response.status).sort()).toEqual([200, 401]);
  });

  it("expires the access token after its (shortened) TTL while refresh still works", async () => {
    await postJson(`${sandbox.api}/__sandbox/faults`, { accessTtlSec: 0.01 });
    const session = await signIn(sandbox.api);
    await untilExpired(0.01);
    const expired = await apiClient(sandbox.api, session.accessToken).get("/api/v1/tickets/stats");
    await expectError(expired, 401, "UNAUTHORIZED", "Invalid API key");
    await fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" });
    expect((await postJson(url("refresh"), { refreshToken: session.refreshToken })).status).toBe(200);
  });

  it("refuses an expired refresh token", async () => {
    await postJson(`${sandbox.api}/__sandbox/faults`, { refreshTtlSec: 0.01 });
    const session = await signIn(sandbox.api);
    await fetch(`${sandbox.api}/__sandbox/faults`, { method: "DELETE" });
    await untilExpired(0.01);
    await expectError(
      await postJson(url("refresh"), { refreshToken: session.refreshToken }),
      401,
      "UNAUTHORIZED",
      "Invalid or expired refresh token",
    );
  });

  it("validates the body", async () => {
    await expectError(await postJson(url("refresh"), {}), 400, "VALIDATION_ERROR", "Validation failed");
  });

  it("limits refreshes to 30 a minute per IP", async () => {
    await clearLimits();
    const headers = { "x-real-ip": "192.0.2.77" };
    for (let attempt = 0; attempt < 30; attempt++) await postJson(url("refresh"), { refreshToken: "x" }, headers);
    await expectError(
      await postJson(url("refresh"), { refreshToken: "x" }, headers),
      429,
      "RATE_LIMITED",
      "Too many refresh attempts. Please try again shortly.",
    );
    await clearLimits();
  });
});

describe("revoke", () => {
  it("kills the refresh token and its access token, answering {ok:true}", async () => {
    const session = await signIn(sandbox.api);
    const response = await postJson(url("revoke"), { refreshToken: session.refreshToken });
    expect(revokeResponseSchema.parse(await response.json())).toEqual({ ok: true });
    expect((await apiClient(sandbox.api, session.accessToken).get("/api/v1/tickets/stats")).status).toBe(401);
    expect((await postJson(url("refresh"), { refreshToken: session.refreshToken })).status).toBe(401);
  });

  it("accepts unknown and already revoked tokens silently", async () => {
    expect(await json(await postJson(url("revoke"), { refreshToken: "never-issued" }))).toEqual({ ok: true });
  });

  it("requires a refreshToken", async () => {
    await expectError(await postJson(url("revoke"), { refreshToken: "" }), 400, "VALIDATION_ERROR", "Validation failed");
  });

  it("leaves other sessions of the same user alone", async () => {
    const first = await signIn(sandbox.api);
    const second = await signIn(sandbox.api);
    await postJson(url("revoke"), { refreshToken: first.refreshToken });
    expect((await apiClient(sandbox.api, second.accessToken).get("/api/v1/tickets/stats")).status).toBe(200);
  });
});
