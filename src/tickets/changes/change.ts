import type { NewTimeEntry } from "../../api/time-entries";
import type { QueuedChange as OutboxItem } from "../../offline/outbox-types";

/** Every change a technician can make; each goes through the outbox, online or not. */
export type Change =
  | { kind: "comment"; ticketId: string; text: string; isInternal: boolean }
  | { kind: "status"; ticketId: string; statusId: string; label: string }
  | { kind: "assignment"; ticketId: string; assignedTo: string | null; label: string }
  | { kind: "priority"; ticketId: string; priorityId: string; label: string }
  /** Keys of `attributes` to set (`null` removes one); the rest is taken from the fresh ticket at send time. */
  | { kind: "attributes"; ticketId: string; set: { due_date?: string | null; watcher_user_ids?: string[] }; label: string }
  | { kind: "timeEntry"; ticketId: string; entry: NewTimeEntry }
  /** A file to attach; its bytes wait in the file store under `fileId` (`size` and `type` are those bytes'). */
  | { kind: "document"; ticketId: string; fileId: string; name: string; size: number; type: string };

/** A ticket change as the outbox keeps it. */
export type QueuedChange = OutboxItem<Change>;

export function describeChange(change: Change): string {
  switch (change.kind) {
    case "comment":
      return change.isInternal ? "Internal note" : "Public comment";
    case "status":
      return `Status → ${change.label}`;
    case "assignment":
      return change.assignedTo ? `Assign → ${change.label}` : "Unassign";
    case "priority":
      return `Priority → ${change.label}`;
    case "attributes":
      return change.label;
    case "timeEntry":
      return "Time entry";
    case "document":
      return `Attach ${change.name}`;
  }
}
