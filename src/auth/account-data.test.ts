import { clear, get, set } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { userKeys } from "../lib/storage-keys";
import { CACHE_MAX_AGE_MS } from "../lib/cache-lifetime";
import { storeSessionFor } from "../testing/stored-session";
import { otherAccountsData, sweepAbandonedAccountData } from "./account-data";

const server = "https://psa.example.com";
const now = Date.UTC(2026, 10, 29);
const cache = (timestamp: number) => JSON.stringify({ buster: "1", timestamp, clientState: { queries: [], mutations: [] } });

beforeEach(() => clear());

describe("data of other accounts on this device", () => {
  it("finds another account's cache, drafts and unsent changes, never the signed-in account's", async () => {
    await set(userKeys.queryCache(server, "user-a"), cache(now));
    await set(`alga.draft:${server}:user-a:ticket-1`, { text: "x", isInternal: false, savedAt: now });
    await set(`alga.outbox:${server}:user-a`, { ids: ["1", "2"], generation: "g" });
    await set(`alga.outbox:${server}:user-a:change:1`, { id: "1" });
    await set(`alga.outbox:${server}:user-a:change:2`, { id: "2" });
    await set(userKeys.queryCache(server, "user-b"), cache(now));
    await set("alga.deviceId", "device");
    const found = await otherAccountsData(server, "user-b");
    expect(found.keys).toHaveLength(5);
    expect(found.keys.some((key) => key.includes("user-b") || key === "alga.deviceId")).toBe(false);
    expect(found.unsentChanges).toBe(2);
  });

  it("sweeps caches and drafts of sessions not resumed within the cache lifetime, keeping queued changes", async () => {
    const old = now - CACHE_MAX_AGE_MS - 1;
    await set(userKeys.queryCache(server, "gone"), cache(old));
    await set(`alga.draft:${server}:gone:t1`, { text: "x", isInternal: false, savedAt: old });
    await set(`alga.outbox:${server}:gone`, [{ id: "1" }]);
    await set(userKeys.queryCache(server, "recent"), cache(now - 1000));
    await set(userKeys.queryCache(server, "me"), cache(old));
    await storeSessionFor(server, "me");
    await sweepAbandonedAccountData(now);
    expect(await get(userKeys.queryCache(server, "gone"))).toBeUndefined();
    expect(await get(`alga.draft:${server}:gone:t1`)).toBeUndefined();
    expect(await get(`alga.outbox:${server}:gone`)).toHaveLength(1);
    expect(await get(userKeys.queryCache(server, "recent"))).toBeDefined();
    expect(await get(userKeys.queryCache(server, "me"))).toBeDefined();
  });
});
