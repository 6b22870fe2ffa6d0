import type { Change, QueuedChange } from "./change";

/** A change as the outbox holds it, waiting and never tried: what the senders' and rules' tests start from. */
export function queuedChange(change: Change, fields: Partial<Omit<QueuedChange, "change">> = {}): QueuedChange {
  return {
    ...{ id: "q1", change, createdAt: 0, baseUpdatedAt: null, state: "pending" as const },
    ...{ attempts: 0, nextAttemptAt: 0, sentAt: null, error: null, force: false },
    ...fields,
  };
}
