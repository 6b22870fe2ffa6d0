// @vitest-environment jsdom
import { clear } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { completeSignIn, startSignIn } from "./handoff";
import { currentSession, restoreSession } from "./session";
import { readStoredSession } from "./session-store";
import type { SignInError } from "../lib/sign-in-error";
import { applyLanguage } from "../i18n/active-language";
import { errors as polishErrors } from "../i18n/catalogues/pl/errors";

const POLISH_SERVER_ERROR = polishErrors.server;

const server = "https://psa.example.com";
const exchangeBody = {
  accessToken: "a".repeat(64),
  refreshToken: "r".repeat(43),
  expiresInSec: 28800,
  tenantId: "tenant-1",
  user: { id: "user-1", email: "tech@example.com", name: "Taylor Morgan" },
};

let exchangeCalls: unknown[] = [];

function stubExchange(status = 200, body: unknown = exchangeBody) {
  exchangeCalls = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      exchangeCalls.push(JSON.parse(String(init.body)));
      return new Response(JSON.stringify(body), { status });
    }),
  );
}

async function failure(promise: Promise<unknown>): Promise<SignInError> {
  try {
    await promise;
  } catch (error) {
    return error as SignInError;
  }
  throw new Error("expected the sign-in to fail");
}

/** Starts a sign-in and returns the state the app put in the handoff URL. */
async function beginSignIn(): Promise<string> {
  let handoff = "";
  await startSignIn(server, "/tickets/42", (url) => {
    handoff = url;
  });
  const url = new URL(handoff);
  expect(url.origin + url.pathname).toBe(`${server}/auth/mobile/handoff`);
  expect(url.searchParams.get("redirect")).toBe(`${location.origin}/auth/callback`);
  return url.searchParams.get("state")!;
}

beforeEach(async () => {
  await clear();
  await restoreSession();
  stubExchange();
});
afterEach(() => vi.unstubAllGlobals());

describe("completeSignIn", () => {
  it("uses a new 256-bit random state each time", async () => {
    const first = await beginSignIn();
    const second = await beginSignIn();
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("exchanges the token once, with device metadata, and keeps the session", async () => {
    const state = await beginSignIn();
    const result = await completeSignIn({ ott: "ott-1", state, error: null });
    expect(result.returnTo).toBe("/tickets/42");
    expect(exchangeCalls).toEqual([
      { ott: "ott-1", state, device: { platform: "web", appVersion: "test", buildVersion: "test", deviceId: expect.any(String) } },
    ]);
    expect(currentSession()?.accessToken).toBe(exchangeBody.accessToken);
    expect((await readStoredSession())?.server).toBe(server);
  });

  it("never exchanges twice for one sign-in (a reload of the callback page)", async () => {
    const state = await beginSignIn();
    await completeSignIn({ ott: "ott-1", state, error: null });
    const again = await failure(completeSignIn({ ott: "ott-1", state, error: null }));
    expect(again.code).toBe("no_pending");
    expect(exchangeCalls).toHaveLength(1);
  });

  it("refuses a wrong state and stores no token", async () => {
    await beginSignIn();
    const error = await failure(completeSignIn({ ott: "ott-1", state: "forged", error: null }));
    expect(error.code).toBe("state_mismatch");
    expect(error.message).toMatch(/security check/);
    expect(exchangeCalls).toHaveLength(0);
    expect(await readStoredSession()).toBeNull();
  });

  it("refuses a sign-in that was started too long ago", async () => {
    const state = await beginSignIn();
    const error = await failure(completeSignIn({ ott: "ott-1", state, error: null }, Date.now() + 11 * 60_000));
    expect(error.code).toBe("stale");
    expect(exchangeCalls).toHaveLength(0);
  });

  it("explains each error the server's handoff returns", async () => {
    for (const [code, pattern] of [
      ["client_not_allowed", /client-portal/],
      ["rate_limited", /Too many/],
      ["invalid_redirect", /refused/],
    ] as const) {
      const state = await beginSignIn();
      const error = await failure(completeSignIn({ ott: null, state, error: code }));
      expect(error.code).toBe(code);
      expect(error.message).toMatch(pattern);
    }
    expect(exchangeCalls).toHaveLength(0);
  });

  it("says the link expired when the server refuses the one-time token", async () => {
    stubExchange(401, { error: { code: "UNAUTHORIZED", message: "Invalid or expired one-time token" } });
    const state = await beginSignIn();
    const error = await failure(completeSignIn({ ott: "used", state, error: null }));
    expect(error.code).toBe("expired_link");
    expect(await readStoredSession()).toBeNull();
  });

  it("shows the server's reason when mobile access is off for this edition", async () => {
    stubExchange(403, { error: { code: "FORBIDDEN", message: "Mobile app access is not available on this edition" } });
    const state = await beginSignIn();
    const error = await failure(completeSignIn({ ott: "ott", state, error: null }));
    expect(error.message).toMatch(/not available on this edition/);
  });

  it("says a server failure of the exchange in the user's language", async () => {
    await applyLanguage("pl");
    stubExchange(500, {});
    const state = await beginSignIn();
    const error = await failure(completeSignIn({ ott: "ott", state, error: null }));
    await applyLanguage("en");
    expect(error.message).toBe(POLISH_SERVER_ERROR);
  });
});
