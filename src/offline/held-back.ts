import type { OutboxChange, QueuedChange } from "./outbox-types";

const stuck = (item: QueuedChange<OutboxChange>) => item.state === "failed" || item.state === "conflict";

/**
 * For each change held back, the refused or conflicting change it waits for (directly or through
 * another). A change the server refused holds back only the changes that depend on it, never every
 * later change of its ticket.
 */
export function heldBack<C extends OutboxChange>(
  queue: QueuedChange<C>[],
  dependsOn: (later: C, earlier: C) => boolean,
): Map<string, QueuedChange<C>> {
  const waitsFor = new Map<string, QueuedChange<C>>();
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
