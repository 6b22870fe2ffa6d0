import type { DeliveredChange } from "../../offline/outbox-runtime";
import type { Change, QueuedChange } from "./change";

/**
 * The one rule for whether a change in the outbox stands in for the server's value: yes while it waits
 * or is being sent; not once refused (the server's value stands, the change waits in "Not sent yet"),
 * nor in a conflict (a colleague changed the field since: their newer value is shown until the user
 * chooses to send ours again).
 */
export const showsAsValue = (item: QueuedChange) => item.state !== "failed" && item.state !== "conflict";

/**
 * The value the user chose most recently for one field of a ticket, while the server has not
 * confirmed it: shown in place of the server's value (optimistic display), by `showsAsValue`.
 */
export function pendingChange<K extends Change["kind"]>(
  queue: QueuedChange[],
  ticketId: string,
  kind: K,
  /** Narrows further, e.g. to the attributes changes that touch one key. */
  matches: (change: Extract<Change, { kind: K }>) => boolean = () => true,
): Extract<Change, { kind: K }> | null {
  const latest = queue
    .filter((item) => item.change.ticketId === ticketId && item.change.kind === kind && showsAsValue(item))
    .map((item) => item.change as Extract<Change, { kind: K }>)
    .filter(matches)
    .at(-1);
  return latest ?? null;
}

export interface FieldState<K extends Change["kind"]> {
  /** The user's value to show instead of the server's copy, or null to show the server's. */
  change: Extract<Change, { kind: K }> | null;
  /** "sending" until the server confirms, then "delivered". */
  mark: "sending" | "delivered" | null;
}

/**
 * What one field shows. A delivered change stays shown until the ticket is fetched again after it
 * (its `updated_at` moves past the one the change was based on): the field never flips back to the
 * old value in between.
 */
export function fieldState<K extends Change["kind"]>(
  queue: QueuedChange[],
  delivered: DeliveredChange<Change>[],
  ticket: { ticket_id: string; updated_at: string | null },
  kind: K,
  matches: (change: Extract<Change, { kind: K }>) => boolean = () => true,
): FieldState<K> {
  const ours = delivered.filter(({ item }) => item.change.ticketId === ticket.ticket_id && item.change.kind === kind);
  const lastDelivered = ours
    .map(({ item }) => item)
    .filter((item) => matches(item.change as Extract<Change, { kind: K }>))
    .at(-1);
  const serverBehind = ours.map(({ item }) => item).filter((item) => item.baseUpdatedAt === ticket.updated_at);
  const pending = pendingChange(queue, ticket.ticket_id, kind, matches);
  if (pending) return { change: pending, mark: "sending" };
  const shown = pendingChange(serverBehind, ticket.ticket_id, kind, matches);
  return { change: shown, mark: lastDelivered ? "delivered" : null };
}
