import type { Change, QueuedChange } from "../changes/change";

/**
 * The value the user chose most recently for one field of a ticket, while the server has not
 * confirmed it: shown in place of the server's value (optimistic display). A refused change is
 * not shown as the value: the server's stands, and the change waits in "Not sent yet".
 */
export function pendingChange<K extends Change["kind"]>(
  queue: QueuedChange[],
  ticketId: string,
  kind: K,
  /** Narrows further, e.g. to the attributes changes that touch one key. */
  matches: (change: Extract<Change, { kind: K }>) => boolean = () => true,
): Extract<Change, { kind: K }> | null {
  const latest = queue
    .filter((item) => item.change.ticketId === ticketId && item.change.kind === kind && item.state !== "failed")
    .map((item) => item.change as Extract<Change, { kind: K }>)
    .filter(matches)
    .at(-1);
  return latest ?? null;
}
