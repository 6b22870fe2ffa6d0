import { clear, get } from "idb-keyval";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deviceKeys } from "../lib/storage-keys";
import { retryPendingRevocations, revokeOrRemember } from "./pending-revocations";

const server = "https://psa.example.com";
let online = true;
let revoked: string[] = [];

beforeEach(async () => {
  await clear();
  online = true;
  revoked = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (_url: string, init: RequestInit) => {
      if (!online) throw new TypeError("Failed to fetch");
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
});
