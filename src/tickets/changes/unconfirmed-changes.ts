import type { DeliveredChange } from "../../offline/outbox-runtime";
import type { Change, QueuedChange } from "./change";
import { showsAsValue } from "./pending-value";
import { useDeliveredChanges, useOutboxQueue } from "./ticket-outbox";

export interface Unconfirmed<K extends Change["kind"]> {
  change: Extract<Change, { kind: K }>;
  /** "sending" while in the outbox; "delivered" once the server has it but the copy shown is older. */
  mark: "sending" | "delivered";
  /** The outbox id. */
  id: string;
}

/**
 * A ticket's changes of some kinds that the shown server copy does not include yet, oldest first: those in the
 * outbox (by `showsAsValue`: not a refused or conflicting one), and those delivered after the copy was fetched
 * (`fetchedAt`), so nothing flips back to the old value while the refetch is on its way.
 */
export function unconfirmedChanges<K extends Change["kind"]>(
  queue: QueuedChange[],
  delivered: DeliveredChange<Change>[],
  ticketId: string,
  kinds: readonly K[],
  fetchedAt: number,
): Unconfirmed<K>[] {
  const ours = (change: Change): change is Extract<Change, { kind: K }> =>
    change.ticketId === ticketId && (kinds as readonly string[]).includes(change.kind);
  const sent = delivered
    .filter(({ item, at }) => at > fetchedAt && ours(item.change))
    .map(({ item }) => ({ change: item.change as Extract<Change, { kind: K }>, mark: "delivered" as const, id: item.id }));
  const waiting = queue
    .filter((item) => showsAsValue(item) && ours(item.change))
    .map((item) => ({ change: item.change as Extract<Change, { kind: K }>, mark: "sending" as const, id: item.id }));
  return [...sent, ...waiting];
}

export function useUnconfirmedChanges<K extends Change["kind"]>(ticketId: string, kinds: readonly K[], fetchedAt: number) {
  return unconfirmedChanges(useOutboxQueue(), useDeliveredChanges(), ticketId, kinds, fetchedAt);
}
