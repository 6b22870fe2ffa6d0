import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { fakeAlga } from "../../testing/fake-alga";
import type { Change, QueuedChange } from "./change";
import { sendChange } from "./send-change";
import { queuedChange } from "./queued-change-for-tests";

const queued = (change: Change, state: QueuedChange["state"] = "pending") => queuedChange(change, { state });

const item = (name: string) => ({
  checklist_item_id: `id-${name}`,
  ticket_id: "t1",
  item_name: name,
  description: null,
  order_number: 0,
  is_required: true,
  completed: false,
  completed_by: null,
  completed_at: null,
  completed_by_name: null,
  source: "manual",
});
const tag = (text: string, id = `m-${text}`) => ({ tag_id: id, tag_text: text, tagged_id: "t1", background_color: null, text_color: null });
const add: Change = { kind: "checklistAdd", ticketId: "t1", itemName: "Label the cable", isRequired: false, seen: 0 };

describe("checklist changes reach the server once", () => {
  it("adds an item with a single POST on a first send", async () => {
    const { api, calls } = fakeAlga({ data: item("Label the cable") });
    expect(await sendChange(api, queued(add), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["POST"]);
    expect(calls[0]?.body).toEqual({ item_name: "Label the cable", is_required: false });
  });

  it("after a lost answer, finds the item it added and does not add a second", async () => {
    const { api, calls } = fakeAlga({ data: [item("Apply the fix"), item("Label the cable")] });
    expect(await sendChange(api, queued(add, "unknown"), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["GET"]);
  });

  it("after a lost answer, adds it when the only item of that name was there before it first left", async () => {
    const { api, calls } = fakeAlga({ data: [item("Label the cable")] }, { data: item("Label the cable") });
    await sendChange(api, { ...queued(add, "unknown"), lookalikesBefore: ["id-Label the cable"] }, "u1", {});
    expect(calls.map((call) => call.method)).toEqual(["GET", "POST"]);
  });

  it("ticks with the item's PATCH", async () => {
    const { api, calls } = fakeAlga({ data: { ...item("Apply the fix"), completed: true } });
    await sendChange(
      api,
      queued({ kind: "checklistTick", ticketId: "t1", itemId: "i9", itemName: "Apply the fix", completed: true }),
      "u1",
      {},
    );
    expect(calls[0]).toMatchObject({ method: "PATCH", path: "api/v1/tickets/t1/checklist/i9", body: { completed: true } });
  });
});

describe("tag changes", () => {
  it("a tag the ticket already has (409 on a repeat) counts as added", async () => {
    const { api } = fakeAlga(new ApiError("conflict", { status: 409 }));
    expect(await sendChange(api, queued({ kind: "tagAdd", ticketId: "t1", text: "vip" }, "unknown"), "u1", {})).toBe("sent");
  });

  it("removes by the mapping id found for the text, and nothing when the tag is already gone", async () => {
    const found = fakeAlga({ data: { tags: [tag("printer"), tag("vip", "m7")] } }, { data: {} });
    await sendChange(found.api, queued({ kind: "tagRemove", ticketId: "t1", text: "VIP" }), "u1", {});
    expect(found.calls[1]).toMatchObject({ method: "DELETE", body: { entity_id: "t1", entity_type: "ticket", tag_ids: ["m7"] } });

    const gone = fakeAlga({ data: { tags: [tag("printer")] } });
    expect(await sendChange(gone.api, queued({ kind: "tagRemove", ticketId: "t1", text: "vip" }), "u1", {})).toBe("sent");
    expect(gone.calls).toHaveLength(1);
  });
});

describe("edits", () => {
  const none = { title: null, board_id: null, client_id: null, contact_name_id: null, status_id: null, priority_id: null };
  const ticket = {
    ...none,
    ...{ assigned_to: null, entered_by: null, entered_at: null, closed_at: null, attributes: null },
    ...{ ticket_id: "t1", ticket_number: "T1", updated_at: "2026-01-01T00:00:00Z", updated_by: "someone-else" },
  };

  it("a title change waits as a conflict when someone else changed the ticket since", async () => {
    const { api, calls } = fakeAlga({ data: ticket });
    const item = { ...queued({ kind: "title", ticketId: "t1", title: "Printer jams" }), baseUpdatedAt: "2025-12-31T00:00:00Z" };
    expect(await sendChange(api, item, "u1", {})).toBe("conflict");
    expect(calls).toHaveLength(1);
  });

  it("sends the contact, null clearing it", async () => {
    const { api, calls } = fakeAlga({ data: ticket }, { data: { ticket_id: "t1" } });
    await sendChange(api, queued({ kind: "contact", ticketId: "t1", contactId: null, label: "" }), "u1", {});
    expect(calls[1]).toMatchObject({ method: "PUT", path: "api/v1/tickets/t1", body: { contact_name_id: null } });
  });

  it("a reply names its parent, and a quiet one suppresses both notifications", async () => {
    const reply = { comment_id: "c2", ticket_id: "t1", comment_text: "ok", is_internal: false, is_resolution: false, created_at: "x" };
    const { api, calls } = fakeAlga({ data: reply });
    await sendChange(
      api,
      queued({ kind: "comment", ticketId: "t1", text: "ok", isInternal: false, parentCommentId: "c1", quiet: true }),
      "u1",
      {},
    );
    expect(calls[0]?.body).toEqual({
      comment_text: "ok",
      is_internal: false,
      parent_comment_id: "c1",
      suppressContactNotifications: true,
      suppressInternalNotifications: true,
    });
  });
});
