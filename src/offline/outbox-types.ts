import type { NewTimeEntry } from "../api/time-entries";

/** Every change a technician can make; each goes through the outbox, online or not. */
export type Change =
  | { kind: "comment"; ticketId: string; text: string; isInternal: boolean }
  | { kind: "status"; ticketId: string; statusId: string; label: string }
  | { kind: "assignment"; ticketId: string; assignedTo: string | null; label: string }
  | { kind: "priority"; ticketId: string; priorityId: string; label: string }
  /** Keys of `attributes` to set (`null` removes one); the rest is taken from the fresh ticket at send time. */
  | { kind: "attributes"; ticketId: string; set: { due_date?: string | null; watcher_user_ids?: string[] }; label: string }
  | { kind: "timeEntry"; ticketId: string; entry: NewTimeEntry };

export type ChangeState =
  /** Waiting for its turn or for the network. */
  | "pending"
  /** Handed to the network; if the app dies now, the outcome is unknown. */
  | "sending"
  /** Sent, but the answer was lost: the server may have it. Checked before any re-send. */
  | "unknown"
  /** Refused by the server (400/403/404/409): waits for the user to retry or discard. */
  | "failed"
  /** The ticket changed on the server since the user saw it: waits for the user's decision. */
  | "conflict";

export interface QueuedChange {
  id: string;
  change: Change;
  createdAt: number;
  /** The ticket's `updated_at` when the user made the change (for conflict detection; the server has none). */
  baseUpdatedAt: string | null;
  state: ChangeState;
  attempts: number;
  nextAttemptAt: number;
  /** When the last send started: bounds the search for a comment that may have landed. */
  sentAt: number | null;
  error: string | null;
  /** The user chose to apply it over someone else's newer change. */
  force: boolean;
}

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
  }
}
