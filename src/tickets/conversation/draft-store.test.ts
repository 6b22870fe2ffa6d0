import { clear } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import { storeSessionFor } from "../../testing/stored-session";
import { clearDraft, draftKey, loadDraft, restoreIntoDraft, saveDraft } from "./draft-store";

const key = draftKey("https://psa.example.com", "user-1", "ticket-1");

beforeEach(async () => {
  await clear();
  await storeSessionFor("https://psa.example.com", "user-1");
});

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

  it("writes nothing once its user has signed out, here or in another tab", async () => {
    await storeSessionFor("https://psa.example.com", "user-2");
    await saveDraft(key, { text: "late keystrokes", isInternal: false, savedAt: 3 });
    await restoreIntoDraft(key, "Refused comment", true);
    expect(await loadDraft(key)).toBeNull();
  });
});
