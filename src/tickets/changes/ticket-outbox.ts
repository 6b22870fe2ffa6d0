import { createOutboxRuntime } from "../../offline/outbox-runtime";
import { accountQueryKey } from "../ticket-queries";
import { heldBack } from "../../offline/held-back";
import type { Change, QueuedChange } from "./change";
import { dependsOn } from "./depends-on";
import { ticketChangeSender } from "./send-change";

/** The outbox of ticket changes. After sent changes, everything the account sees is refetched. */
export const { useOutboxRunner, useOutboxQueue, useDeliveredChanges, useCreatedId, outbox } = createOutboxRuntime<Change>({
  sender: ticketChangeSender,
  refreshAfterSent: accountQueryKey,
});

/** Which queued ticket changes wait for a refused one, and for which. */
export const heldBackChanges = (queue: QueuedChange[]) => heldBack(queue, dependsOn);
