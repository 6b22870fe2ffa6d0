import { describe, expect, it } from "vitest";
import { deviceKeys, keptOnSignOut, userKeys } from "./storage-keys";

describe("storage keys", () => {
  it("keep two accounts on one device apart: another server or another user is another key", () => {
    for (const key of [
      userKeys.queryCache,
      userKeys.outbox,
      userKeys.listView,
      userKeys.lastTicket,
      userKeys.savedReplies,
      userKeys.formListsRefresh,
      userKeys.pendingCalls,
    ]) {
      expect(key("https://a.example", "u1")).not.toBe(key("https://b.example", "u1"));
      expect(key("https://a.example", "u1")).not.toBe(key("https://a.example", "u2"));
    }
    expect(userKeys.draft("https://a.example", "u1", "t1")).not.toBe(userKeys.draft("https://a.example", "u2", "t1"));
  });

  it("let sign-out keep only device keys, never the session or a user's data", () => {
    const kept = [...keptOnSignOut.indexedDb, ...keptOnSignOut.localStorage];
    expect(kept.every((key) => Object.values<unknown>(deviceKeys).includes(key))).toBe(true);
    expect(kept).not.toContain(userKeys.session);
  });
});
