import type { Change, QueuedChange } from "./outbox-types";

/**
 * Whether `later` must wait for `earlier`. A change the server refused holds back only the changes
 * that depend on it, never the whole ticket (UX review 2026-11, finding 1): the conversation keeps
 * its order, a field keeps its last value, and a time entry stands alone.
 */
export function dependsOn(later: Change, earlier: Change): boolean {
  if (later.ticketId !== earlier.ticketId) return false;
  switch (later.kind) {
    case "timeEntry":
      return false;
    case "comment":
      return earlier.kind === "comment";
    case "attributes":
      return earlier.kind === "attributes" && Object.keys(later.set).some((key) => key in earlier.set);
    default:
      return earlier.kind === later.kind;
  }
}

const stuck = (item: QueuedChange) => item.state === "failed" || item.state === "conflict";

/** For each change held back, the refused or conflicting change it waits for (directly or through another). */
export function heldBack(queue: QueuedChange[]): Map<string, QueuedChange> {
  const waitsFor = new Map<string, QueuedChange>();
  queue.forEach((item, index) => {
    if (stuck(item)) return;
    for (const earlier of queue.slice(0, index)) {
      if (!dependsOn(item.change, earlier.change)) continue;
      const blocker = stuck(earlier) ? earlier : waitsFor.get(earlier.id);
      if (blocker) {
        waitsFor.set(item.id, blocker);
        return;
      }
    }
  });
  return waitsFor;
}
