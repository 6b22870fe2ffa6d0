import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APP_CALLBACK, handoff, locationOf, startTestSandbox, webSessionCookie, type TestSandbox } from "../testing/harness";

let sandbox: TestSandbox;
let cookie: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  cookie = await webSessionCookie(sandbox.api);
});
afterAll(() => sandbox.close());

describe("GET /auth/mobile/handoff", () => {
  it("issues a one-time token and keeps state, with no-store", async () => {
    const response = await handoff(sandbox.api, cookie, "s1.abc");
    expect(response.status).toBe(302);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const location = locationOf(response);
    expect(location.origin + location.pathname).toBe(APP_CALLBACK);
    expect(location.searchParams.get("state")).toBe("s1.abc");
    expect(location.searchParams.get("ott")).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it("keeps the redirect's own query parameters and overwrites ott/state", async () => {
    const location = locationOf(await handoff(sandbox.api, cookie, "s2", "https://pwa.example/app/auth/callback?x=1&state=old"));
    expect(location.searchParams.get("x")).toBe("1");
    expect(location.searchParams.get("state")).toBe("s2");
  });

  it.each([
    ["missing redirect", "", "s"],
    ["missing state", APP_CALLBACK, ""],
  ])("sends %s to /auth/signin without a query", async (_name, redirect, state) => {
    const response = await fetch(`${sandbox.api}/auth/mobile/handoff?redirect=${encodeURIComponent(redirect)}&state=${state}`, {
      redirect: "manual",
      headers: { cookie },
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/auth/signin");
  });

  it.each([
    "http://pwa.example/auth/callback",
    "https://pwa.example/auth/callback/",
    "https://pwa.example/#/auth/callback",
    "https://pwa.example/callback",
    "ftp://pwa.example/auth/callback",
    "/auth/callback",
    "not a url",
  ])("refuses the redirect %s", async (redirect) => {
    const response = await handoff(sandbox.api, cookie, "s", redirect);
    expect(response.headers.get("location")).toBe("/auth/signin?error=invalid_redirect");
  });

  it.each([
    "alga://auth/callback",
    "exp://10.0.0.5:8081/--/auth/callback",
    "HTTPS://pwa.example/auth/callback",
    "https://pwa.example/app/auth/callback",
    // Labelled deviation: loopback http is accepted by the sandbox only.
    "http://localhost:5173/auth/callback",
    "http://127.0.0.1:4000/auth/callback",
    "http://[::1]:4000/auth/callback",
  ])("accepts the redirect %s", async (redirect) => {
    const response = await handoff(sandbox.api, cookie, "s", redirect);
    expect(response.headers.get("location")).toContain("ott=");
  });

  it("sends a visitor without a web session to sign in, with the full handoff URL as callbackUrl", async () => {
    const response = await handoff(sandbox.api, undefined, "s3");
    const location = locationOf(response);
    expect(location.pathname).toBe("/auth/signin");
    const callback = new URL(location.searchParams.get("callbackUrl") ?? "");
    expect(callback.origin).toBe(sandbox.api);
    expect(callback.pathname).toBe("/auth/mobile/handoff");
    expect(callback.searchParams.get("state")).toBe("s3");
  });

  it("refuses client-portal users with client_not_allowed and no ott", async () => {
    const clientCookie = await webSessionCookie(sandbox.api, "client@example.com");
    const location = locationOf(await handoff(sandbox.api, clientCookie, "s4"));
    expect(location.searchParams.get("error")).toBe("client_not_allowed");
    expect(location.searchParams.get("state")).toBe("s4");
    expect(location.searchParams.has("ott")).toBe(false);
  });

  it("answers rate_limited after 10 tokens a minute for one user and IP", async () => {
    const ownCookie = await webSessionCookie(sandbox.api, "alex.rivera@example.com");
    const headers = { "x-forwarded-for": "198.51.100.7, 10.0.0.1" };
    for (let attempt = 0; attempt < 10; attempt++) {
      expect(locationOf(await handoff(sandbox.api, ownCookie, "r", APP_CALLBACK, headers)).searchParams.has("ott")).toBe(true);
    }
    const limited = locationOf(await handoff(sandbox.api, ownCookie, "r", APP_CALLBACK, headers));
    expect(limited.searchParams.get("error")).toBe("rate_limited");
    expect(limited.searchParams.get("state")).toBe("r");
    // Another IP is another bucket.
    const otherIp = await handoff(sandbox.api, ownCookie, "r", APP_CALLBACK, { "x-forwarded-for": "203.0.113.9" });
    expect(locationOf(otherIp).searchParams.has("ott")).toBe(true);
  });
});
