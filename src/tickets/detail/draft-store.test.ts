import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { clearDraft, draftKey, loadDraft, restoreIntoDraft, saveDraft } from "./draft-store";

const key = draftKey("https://psa.example.com", "user-1", "ticket-1");

beforeEach(() => clear());

describe("comment drafts", () => {
  it("keeps a draft per server, user and ticket", async () => {
    await saveDraft(key, { text: "Rebooted the switch", isInternal: true, savedAt: 1 });
    expect(await loadDraft(key)).toEqual({ text: "Rebooted the switch", isInternal: true, savedAt: 1 });
    expect(await loadDraft(draftKey("https://psa.example.com", "user-2", "ticket-1"))).toBeNull();
    expect(await loadDraft(draftKey("https://other.example.com", "user-1", "ticket-1"))).toBeNull();
  });

  it("removes a draft that was emptied instead of keeping whitespace", async () => {
    await saveDraft(key, { text: "x", isInternal: false, savedAt: 1 });
    await saveDraft(key, { text: "   \n", isInternal: false, savedAt: 2 });
    expect(await loadDraft(key)).toBeNull();
  });

  it("puts a discarded comment back after what is being typed, losing neither", async () => {
    await saveDraft(key, { text: "New note", isInternal: false, savedAt: 1 });
    await restoreIntoDraft(key, "Refused comment", true);
    expect((await loadDraft(key))?.text).toBe("New note\n\nRefused comment");
    await clearDraft(key);
    await restoreIntoDraft(key, "Refused comment", true);
    expect(await loadDraft(key)).toMatchObject({ text: "Refused comment", isInternal: true });
  });
});
