import { createOutboxRuntime } from "../../offline/outbox-runtime";
import { accountQueryKey } from "../ticket-queries";
import type { Change } from "./change";
import { ticketChangeSender } from "./send-change";

/** The outbox of ticket changes. After sent changes, everything the account sees is refetched. */
export const { useOutboxRunner, useOutboxQueue, outbox } = createOutboxRuntime<Change>({
  sender: ticketChangeSender,
  refreshAfterSent: accountQueryKey,
});
