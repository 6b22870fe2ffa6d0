import { clear, get } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deviceKeys } from "../lib/storage-keys";
import { retryPendingRevocations, revokeOrRemember } from "./pending-revocations";

const server = "https://psa.example.com";
let online = true;
let revoked: string[] = [];
/** What something between the app and the server answers instead, when set. */
let intercepted: Response | null = null;

beforeEach(async () => {
  await clear();
  online = true;
  revoked = [];
  intercepted = null;
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      if (!online) throw new TypeError("Failed to fetch");
      if (intercepted) return intercepted;
      revoked.push(JSON.parse(String(init.body)).refreshToken);
      return new Response(JSON.stringify({ ok: true }), { status: 200 });
    }),
  );
});
afterEach(() => vi.unstubAllGlobals());

describe("revocation at sign-out", () => {
  it("revokes at once when the server can be reached", async () => {
    await revokeOrRemember(server, "token-1");
    expect(revoked).toEqual(["token-1"]);
    expect(await get(deviceKeys.pendingRevocations)).toBeUndefined();
  });

  it("remembers a token it could not revoke offline and revokes it once back online", async () => {
    online = false;
    await revokeOrRemember(server, "token-1");
    expect(await get(deviceKeys.pendingRevocations)).toEqual([{ server, refreshToken: "token-1" }]);

    await retryPendingRevocations();
    expect(revoked).toEqual([]);
    online = true;
    await retryPendingRevocations();
    expect(revoked).toEqual(["token-1"]);
    expect(await get(deviceKeys.pendingRevocations)).toEqual([]);
  });

  it.each([
    ["a captive portal's page", () => new Response("<html>Sign in to the Wi-Fi</html>", { status: 200 })],
    ["a proxy's 404", () => new Response("Not Found", { status: 404 })],
    ["a 400 without the server's envelope", () => new Response("Bad Request", { status: 400 })],
  ])("keeps the token when %s answers instead of the Alga server", async (_what, answer) => {
    intercepted = answer();
    await revokeOrRemember(server, "token-1");
    expect(await get(deviceKeys.pendingRevocations)).toEqual([{ server, refreshToken: "token-1" }]);
  });

  it("loses no token when two tabs remember one each at the same time", async () => {
    online = false;
    await Promise.all([revokeOrRemember(server, "token-1"), revokeOrRemember(server, "token-2")]);
    expect(((await get(deviceKeys.pendingRevocations)) as unknown[]).length).toBe(2);
  });
});
