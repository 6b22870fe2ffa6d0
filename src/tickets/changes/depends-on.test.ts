import { describe, expect, it } from "vitest";
import { heldBack } from "../../offline/held-back";
import type { Change, QueuedChange } from "./change";
import { dependsOn } from "./depends-on";
import { queuedChange } from "./queued-change-for-tests";

const queued = (id: string, change: Change, state: QueuedChange["state"] = "pending") => queuedChange(change, { id, state });

const entry = { ticketId: "t1", serviceId: "s", startTime: "a", endTime: "b", notes: "", isBillable: true };
const held = (queue: QueuedChange[]) => Object.fromEntries([...heldBack(queue, dependsOn)].map(([id, blocker]) => [id, blocker.id]));

describe("which ticket changes a refused one holds back", () => {
  it("none after a refused time entry: a note and another entry go through", () => {
    const queue = [
      queued("time", { kind: "timeEntry", ticketId: "t1", entry }, "failed"),
      queued("time2", { kind: "timeEntry", ticketId: "t1", entry }),
      queued("note", { kind: "comment", ticketId: "t1", text: "x", isInternal: true }),
    ];
    expect(held(queue)).toEqual({});
  });

  it("later notes behind a refused note, and a status behind a conflicting status, through a chain", () => {
    const queue = [
      queued("note1", { kind: "comment", ticketId: "t1", text: "x", isInternal: true }, "failed"),
      queued("status1", { kind: "status", ticketId: "t1", statusId: "a", label: "A" }, "conflict"),
      queued("note2", { kind: "comment", ticketId: "t1", text: "y", isInternal: true }),
      queued("note3", { kind: "comment", ticketId: "t1", text: "z", isInternal: false }),
      queued("status2", { kind: "status", ticketId: "t1", statusId: "b", label: "B" }),
      queued("priority", { kind: "priority", ticketId: "t1", priorityId: "p", label: "P" }),
      queued("other", { kind: "comment", ticketId: "t2", text: "x", isInternal: true }),
    ];
    expect(held(queue)).toEqual({ note2: "note1", note3: "note1", status2: "status1" });
  });

  it("a close with its resolution note after the notes before it; later notes do not wait for a refused close", () => {
    const resolution = { text: "Fixed", isInternal: false };
    const queue = [
      queued("note1", { kind: "comment", ticketId: "t1", text: "x", isInternal: true }, "failed"),
      queued("resolve", { kind: "status", ticketId: "t1", statusId: "c", label: "Closed", resolution }),
      queued("resolve2", { kind: "status", ticketId: "t2", statusId: "c", label: "Closed", resolution }, "failed"),
      queued("note2", { kind: "comment", ticketId: "t2", text: "y", isInternal: true }),
      queued("status", { kind: "status", ticketId: "t2", statusId: "o", label: "Open" }),
    ];
    expect(held(queue)).toEqual({ resolve: "note1", status: "resolve2" });
  });

  it("a due date behind a refused due date, not behind refused watchers", () => {
    const queue = [
      queued("watchers", { kind: "attributes", ticketId: "t1", set: { watcher_user_ids: [] }, label: "W" }, "failed"),
      queued("due", { kind: "attributes", ticketId: "t1", set: { due_date: null }, label: "D" }),
      queued("due2", { kind: "attributes", ticketId: "t1", set: { due_date: "x" }, label: "D" }, "failed"),
      queued("due3", { kind: "attributes", ticketId: "t1", set: { due_date: null }, label: "D" }),
    ];
    expect(held(queue)).toEqual({ due3: "due2" });
  });
});
