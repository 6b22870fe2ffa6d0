import { createExternalStore, useExternalStore } from "../../lib/external-store";

/**
 * The tickets whose sign-off was saved, or passed over, since the app opened: Resolve on a board that asks
 * for sign-off first goes straight to the close for them. Not stored: a new visit asks again.
 */
const settled = createExternalStore<ReadonlySet<string>>(new Set());

export const settleSignOff = (ticketId: string) => settled.set(new Set([...settled.get(), ticketId]));

export const useSignOffSettled = (ticketId: string) => useExternalStore(settled, (tickets) => tickets.has(ticketId));
