// @vitest-environment jsdom
import { clear } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { refreshSession } from "./refresh";
import { currentSession, restoreSession, saveSession, sessionSnapshot, type Session } from "./session";
import { readStoredSession, writeStoredSession } from "./session-store";

const session: Session = {
  server: "https://psa.example.com",
  accessToken: "old-access",
  refreshToken: "old-refresh",
  expiresAtMs: Date.now() + 60_000,
  tenantId: "tenant-1",
  user: { id: "user-1" },
};

function stubRefresh(respond: () => Response | Promise<Response>) {
  const fetchMock = vi.fn(async () => respond());
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const failed = { server: session.server, userId: "user-1", accessToken: "old-access", tenantId: "tenant-1" };

const rotated = () =>
  new Response(JSON.stringify({ accessToken: "new-access", refreshToken: "new-refresh", expiresInSec: 28800 }), { status: 200 });

beforeEach(async () => {
  await clear();
  await saveSession(session);
});
afterEach(() => vi.unstubAllGlobals());

describe("refreshSession", () => {
  it("sends one refresh for concurrent 401s and stores the rotated tokens", async () => {
    const fetchMock = stubRefresh(rotated);
    const [first, second] = await Promise.all([refreshSession(failed), refreshSession(failed)]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(first?.accessToken).toBe("new-access");
    expect(second?.accessToken).toBe("new-access");
    expect((await readStoredSession())?.refreshToken).toBe("new-refresh");
  });

  it("uses the tokens another tab already rotated instead of spending the old refresh token", async () => {
    const fetchMock = stubRefresh(rotated);
    await writeStoredSession({ ...session, accessToken: "other-tab-access", refreshToken: "other-tab-refresh" });
    const result = await refreshSession(failed);
    expect(fetchMock).not.toHaveBeenCalled();
    expect(result?.accessToken).toBe("other-tab-access");
    expect(currentSession()?.accessToken).toBe("other-tab-access");
  });

  it("never hands over another account's stored session (signed in elsewhere) for a retry", async () => {
    const fetchMock = stubRefresh(rotated);
    await writeStoredSession({ ...session, accessToken: "b-access", refreshToken: "b-refresh", user: { id: "user-2" } });
    expect(await refreshSession(failed)).toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
    expect(currentSession()).toBeNull();
    expect(sessionSnapshot().endReason).toBe("switched");
  });

  it("ends the session with a reason when the refresh token is revoked or expired", async () => {
    stubRefresh(
      () => new Response(JSON.stringify({ error: { code: "UNAUTHORIZED", message: "Invalid or expired refresh token" } }), { status: 401 }),
    );
    expect(await refreshSession(failed)).toBeNull();
    expect(await readStoredSession()).toBeNull();
    expect(currentSession()).toBeNull();
    expect(sessionSnapshot().endReason).toBe("expired");
  });

  it("keeps the session when the refresh fails for the network", async () => {
    stubRefresh(() => Promise.reject(new TypeError("Failed to fetch")));
    await expect(refreshSession(failed)).rejects.toMatchObject({ kind: "network" });
    expect((await readStoredSession())?.refreshToken).toBe("old-refresh");
    await restoreSession();
    expect(currentSession()?.refreshToken).toBe("old-refresh");
  });
});
