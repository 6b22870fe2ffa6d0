import { createOutboxRuntime } from "../../offline/outbox-runtime";
import { heldBack } from "../../offline/held-back";
import type { Change, QueuedChange } from "./change";
import { dependsOn } from "./depends-on";
import { ticketChangeSender } from "./send-change";
import { ownTimeAfterSent, touchedQueries } from "./touched-queries";

type CreatedFollower = (scope: { server: string; userId: string }, temporaryId: string, realId: string) => Promise<void>;
const createdFollowers = new Set<CreatedFollower>();

/**
 * Registers what else follows a ticket to its real id once the server created it (the note being typed
 * on it, a timer running on it). Features register themselves, so changes/ imports none of them.
 * Followers run one after the other, in the order they registered, before screens move.
 */
export function onTicketCreated(follower: CreatedFollower): () => void {
  createdFollowers.add(follower);
  return () => void createdFollowers.delete(follower);
}

/** The outbox of ticket changes. After sent changes, what they touched is refetched. */
export const { useOutboxRunner, useOutboxQueue, useDeliveredChanges, useCreatedId, outbox } = createOutboxRuntime<Change>({
  sender: ticketChangeSender,
  refreshAfterSent: touchedQueries,
  refreshUnshown: ownTimeAfterSent,
  moveCreated: async (scope, temporaryId, realId) => {
    for (const follow of createdFollowers) await follow(scope, temporaryId, realId);
  },
});

/** Which queued ticket changes wait for a refused one, and for which. */
export const heldBackChanges = (queue: QueuedChange[]) => heldBack(queue, dependsOn);
