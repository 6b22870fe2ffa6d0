import { describe, expect, it } from "vitest";
import type { Change, QueuedChange } from "./change";
import { fieldState, pendingChange } from "./pending-value";
import { queuedChange } from "./queued-change-for-tests";

const queued = (change: Change, state: QueuedChange["state"] = "pending") => queuedChange(change, { id: Math.random().toString(), state });

describe("pendingChange", () => {
  it("shows the latest unsent value of a field, ignoring other tickets and refused changes", () => {
    const queue = [
      queued({ kind: "priority", ticketId: "t1", priorityId: "low", label: "Low" }),
      queued({ kind: "priority", ticketId: "t1", priorityId: "high", label: "High" }),
      queued({ kind: "priority", ticketId: "t2", priorityId: "critical", label: "Critical" }),
      queued({ kind: "priority", ticketId: "t1", priorityId: "refused", label: "Refused" }, "failed"),
    ];
    expect(pendingChange(queue, "t1", "priority")?.priorityId).toBe("high");
    expect(pendingChange(queue, "t3", "priority")).toBeNull();
  });

  it("shows the colleague's newer value during a conflict, not ours marked sending", () => {
    const queue = [queued({ kind: "status", ticketId: "t1", statusId: "ours", label: "Ours" }, "conflict")];
    const ticket = { ticket_id: "t1", updated_at: "2026-11-29T08:05:00.000Z" };
    expect(pendingChange(queue, "t1", "status")).toBeNull();
    expect(fieldState(queue, [], ticket, "status")).toEqual({ change: null, mark: null });
  });

  it("tells apart attributes changes by the key they touch", () => {
    const queue = [
      queued({ kind: "attributes", ticketId: "t1", set: { due_date: "2026-12-24T17:00:00.000Z" }, label: "Due" }),
      queued({ kind: "attributes", ticketId: "t1", set: { watcher_user_ids: ["u1"] }, label: "Watchers" }),
    ];
    expect(pendingChange(queue, "t1", "attributes", (change) => "due_date" in change.set)?.set.due_date).toBe("2026-12-24T17:00:00.000Z");
    expect(pendingChange(queue, "t1", "attributes", (change) => "watcher_user_ids" in change.set)?.set.watcher_user_ids).toEqual(["u1"]);
  });
});

describe("fieldState", () => {
  const ticket = { ticket_id: "t1", updated_at: "2026-11-29T08:00:00.000Z" };
  const status = (statusId: string): Change => ({ kind: "status", ticketId: "t1", statusId, label: statusId });
  const sentItem = (change: Change, baseUpdatedAt: string) => ({ ...queued(change), baseUpdatedAt });

  it("keeps showing a delivered value until the ticket is fetched again after it", () => {
    const delivered = [{ item: sentItem(status("in-progress"), ticket.updated_at), at: 1 }];
    expect(fieldState([], delivered, ticket, "status")).toEqual({ change: status("in-progress"), mark: "delivered" });
    const refetched = { ...ticket, updated_at: "2026-11-29T08:00:05.000Z" };
    expect(fieldState([], delivered, refetched, "status")).toEqual({ change: null, mark: "delivered" });
  });

  it("shows a change still in the outbox as sending, over a delivered one", () => {
    const delivered = [{ item: sentItem(status("a"), ticket.updated_at), at: 1 }];
    expect(fieldState([queued(status("b"))], delivered, ticket, "status")).toEqual({ change: status("b"), mark: "sending" });
    expect(fieldState([], [], ticket, "status")).toEqual({ change: null, mark: null });
  });
});
