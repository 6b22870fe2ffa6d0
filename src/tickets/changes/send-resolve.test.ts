import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/errors";
import { fakeAlga } from "../../testing/fake-alga";
import type { Change, QueuedChange } from "./change";
import { sendChange } from "./send-change";
import { queuedChange } from "./queued-change-for-tests";

const resolve: Change = {
  kind: "status",
  ticketId: "t1",
  statusId: "closed",
  label: "Closed",
  resolution: { text: "Replaced the fuser", isInternal: false },
};

const queued = (change: Change, fields: Partial<QueuedChange> = {}) =>
  queuedChange(change, { createdAt: Date.parse("2026-12-07T10:00:00Z"), ...fields });

const none = { title: null, board_id: null, client_id: null, contact_name_id: null, priority_id: null, assigned_to: null };
const ticket = (statusId: string) => ({
  data: {
    ...none,
    ...{ entered_by: null, entered_at: null, closed_at: null, attributes: null, status_id: statusId },
    ...{ ticket_id: "t1", ticket_number: "T1", updated_at: "2026-12-07T09:00:00Z", updated_by: "u1" },
  },
});
const note = (fields: { created_by?: string; is_resolution?: boolean } = {}) => ({
  ...{ comment_id: "c1", ticket_id: "t1", comment_text: "Replaced the fuser", is_internal: false, is_resolution: true },
  ...{ created_by: "u1", created_at: "2026-12-07T10:00:03Z" },
  ...fields,
});
const refused = (...rules: string[]) =>
  new ApiError("validation", {
    status: 400,
    message: "Ticket close rules not satisfied",
    details: rules.map((rule) => ({ path: ["status_id"], rule, message: rule })),
  });
const path = (call: { method: string; path: string }) => `${call.method} ${call.path}`;

describe("resolving: the note goes on the ticket only with an accepted close", () => {
  it("closes first, then posts the note marked as the resolution", async () => {
    const { api, calls } = fakeAlga(ticket("open"), ticket("closed"), { data: note() });
    expect(await sendChange(api, queued(resolve), "u1", {})).toBe("sent");
    expect(calls.map(path)).toEqual(["GET api/v1/tickets/t1", "PUT api/v1/tickets/t1/status", "POST api/v1/tickets/t1/comments"]);
    expect(calls[2]?.body).toEqual({ comment_text: "Replaced the fuser", is_internal: false, is_resolution: true });
  });

  it("posts nothing when the close is refused for a rule the note does not satisfy", async () => {
    const { api, calls } = fakeAlga(ticket("open"), refused("resolution_comment", "checklist_incomplete"));
    await expect(sendChange(api, queued(resolve), "u1", {})).rejects.toThrow("Ticket close rules not satisfied");
    expect(calls.map((call) => call.method)).toEqual(["GET", "PUT"]);
  });

  it("when only the resolution note is missing, posts it and closes again", async () => {
    const { api, calls } = fakeAlga(ticket("open"), refused("resolution_comment"), { data: note() }, ticket("closed"));
    expect(await sendChange(api, queued(resolve), "u1", {})).toBe("sent");
    expect(calls.map(path)).toEqual([
      "GET api/v1/tickets/t1",
      "PUT api/v1/tickets/t1/status",
      "POST api/v1/tickets/t1/comments",
      "PUT api/v1/tickets/t1/status",
    ]);
  });

  it("tried before and already closed with its note on the ticket: sends nothing again", async () => {
    const { api, calls } = fakeAlga(ticket("closed"), { data: [note()] });
    expect(await sendChange(api, queued(resolve, { state: "unknown", attempts: 1 }), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["GET", "GET"]);
  });

  it("tried before and closed, but the note is not there (someone else's resolution is not ours): posts it", async () => {
    const { api, calls } = fakeAlga(ticket("closed"), { data: [note({ created_by: "u2" })] }, { data: note() });
    expect(await sendChange(api, queued(resolve, { state: "failed", attempts: 2 }), "u1", {})).toBe("sent");
    expect(calls.map((call) => call.method)).toEqual(["GET", "GET", "POST"]);
  });

  it("waits as a conflict when someone else changed the ticket since, and sends nothing", async () => {
    const changed = { data: { ...ticket("open").data, updated_by: "u2" } };
    const { api, calls } = fakeAlga(changed);
    expect(await sendChange(api, queued(resolve, { baseUpdatedAt: "2026-12-07T08:00:00Z" }), "u1", {})).toBe("conflict");
    expect(calls).toHaveLength(1);
  });
});

describe("comment notifications", () => {
  it("a reply not e-mailed to the client suppresses only the client's notification", async () => {
    const { api, calls } = fakeAlga({ data: note({ is_resolution: false }) });
    const change: Change = { kind: "comment", ticketId: "t1", text: "Fixed", isInternal: false, quietClient: true };
    await sendChange(api, queued(change), "u1", {});
    expect(calls[0]?.body).toEqual({ comment_text: "Fixed", is_internal: false, suppressContactNotifications: true });
  });
});
