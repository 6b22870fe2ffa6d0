import { clear, del } from "idb-keyval";
import { describe, expect, it } from "vitest";
import { getFile } from "../../lib/file-store";
import { userKeys } from "../../lib/storage-keys";
import { storeSessionFor } from "../../testing/stored-session";
import { keepViewed, overBudget, readViewed } from "./viewed-documents";

const server = "https://psa.example.com";

describe("documents kept for offline reading", () => {
  it("drops the least recently opened until the rest fit the budget", () => {
    const entries = [
      { documentId: "old", size: 30, usedAt: 1 },
      { documentId: "newest", size: 30, usedAt: 3 },
      { documentId: "middle", size: 30, usedAt: 2 },
    ];
    expect(overBudget(entries, 60)).toEqual(["old"]);
    expect(overBudget(entries, 30)).toEqual(["old", "middle"]);
    expect(overBudget(entries, 100)).toEqual([]);
  });

  it("keeps a download only while its account is signed in: one finishing after sign-out is not stored", async () => {
    await clear();
    await storeSessionFor(server, "user-a");
    await keepViewed([server, "user-a"], "doc-1", new Blob(["report"]));
    expect(await readViewed([server, "user-a"], "doc-1")).not.toBeNull();

    await del(userKeys.session);
    await keepViewed([server, "user-a"], "doc-2", new Blob(["contract"]));
    expect(await getFile(userKeys.viewedFile(server, "user-a", "doc-2"))).toBeNull();
  });
});
