import { createOutboxRuntime } from "../../offline/outbox-runtime";
import { accountQueryKey } from "../ticket-queries";
import { heldBack } from "../../offline/held-back";
import type { Change, QueuedChange } from "./change";
import { dependsOn } from "./depends-on";
import { ticketChangeSender } from "./send-change";
import { draftKey, moveDraft } from "../conversation/draft-store";
import { moveTimer } from "../timer/timer-store";

/** The outbox of ticket changes. After sent changes, everything the account sees is refetched. */
export const { useOutboxRunner, useOutboxQueue, useDeliveredChanges, useCreatedId, outbox } = createOutboxRuntime<Change>({
  sender: ticketChangeSender,
  refreshAfterSent: accountQueryKey,
  // The note being typed and a timer running on a ticket not created yet stay with it.
  moveCreated: async ({ server, userId }, temporaryId, realId) => {
    await moveDraft(draftKey(server, userId, temporaryId), draftKey(server, userId, realId));
    await moveTimer(server, userId, temporaryId, realId);
  },
});

/** Which queued ticket changes wait for a refused one, and for which. */
export const heldBackChanges = (queue: QueuedChange[]) => heldBack(queue, dependsOn);
