import { clear, get, set } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { userKeys } from "../lib/storage-keys";
import { CACHE_MAX_AGE_MS } from "../lib/cache-lifetime";
import { storeSessionFor } from "../testing/stored-session";
import { deleteFiles, fileKeys, putFile, updateRecord } from "../lib/file-store";
import { otherAccountsData, removeAccountData, sweepAbandonedAccountData } from "./account-data";

const server = "https://psa.example.com";
const now = Date.UTC(2026, 10, 29);
const keepViewedAt = async (userId: string, usedAt: number) => {
  await putFile(userKeys.viewedFile(server, userId, "doc-1"), new Blob(["contract"]));
  await updateRecord(userKeys.viewedIndex(server, userId), () => [{ documentId: "doc-1", size: 8, usedAt }]);
};
const cache = (timestamp: number) => JSON.stringify({ buster: "1", timestamp, clientState: { queries: [], mutations: [] } });

beforeEach(async () => {
  await clear();
  await deleteFiles(await fileKeys());
});

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

  it("removes another account's documents and the photos its queue was to upload, with the rest of its data", async () => {
    await set(`alga.outbox:${server}:user-a`, { ids: ["1"], generation: "g" });
    await set(`alga.outbox:${server}:user-a:change:1`, { id: "1", change: { kind: "document", ticketId: "t1", fileId: "photo-1" } });
    await putFile(userKeys.uploadFile("photo-1"), new Blob(["jpeg"]));
    await keepViewedAt("user-a", now);
    await keepViewedAt("user-b", now);
    const found = await otherAccountsData(server, "user-b");
    await removeAccountData(found);
    expect(await fileKeys()).toEqual([userKeys.viewedFile(server, "user-b", "doc-1"), userKeys.viewedIndex(server, "user-b")].sort());
    expect(await get(`alga.outbox:${server}:user-a`)).toBeUndefined();
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

  it("sweeps documents kept for reading offline by sessions not resumed within the cache lifetime", async () => {
    const old = now - CACHE_MAX_AGE_MS - 1;
    await keepViewedAt("gone", old);
    await keepViewedAt("recent", now - 1000);
    await keepViewedAt("me", old);
    await putFile(userKeys.uploadFile("photo-of-gone"), new Blob(["jpeg"]));
    await storeSessionFor(server, "me");
    await sweepAbandonedAccountData(now);
    expect(await fileKeys()).toEqual(
      [
        userKeys.uploadFile("photo-of-gone"),
        ...["me", "recent"].flatMap((userId) => [userKeys.viewedFile(server, userId, "doc-1"), userKeys.viewedIndex(server, userId)]),
      ].sort(),
    );
  });
});
