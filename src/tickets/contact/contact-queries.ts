import { queryOptions } from "@tanstack/react-query";
import { apiClient } from "../../api/app-client";
import { getContact, listClientAddresses } from "../../api/contact-card";
import { ApiError } from "../../api/errors";
import { listInteractionTypes, listInteractions } from "../../api/interactions";
import { sessionScope, useSession } from "../../auth/session";
import { RESTORE_AFTER_FIRST_SCREEN } from "../../offline/query-persistence";
import { accountQueryKey, onceCreated, ticketKeys } from "../ticket-queries";

const HOUR = 60 * 60_000;

/** What a 403 leaves: the role may not read it (awareness §1.3), kept like an answer so it is known offline too. */
export const FORBIDDEN = "forbidden" as const;

async function unlessForbidden<T>(fetch: () => Promise<T>): Promise<T | typeof FORBIDDEN> {
  try {
    return await fetch();
  } catch (error) {
    if (error instanceof ApiError && error.kind === "forbidden") return FORBIDDEN;
    throw error;
  }
}

/**
 * The contact card's and call log's queries, persisted per account like the ticket (so the card works offline
 * from what was seen); the ticket's interactions sit under its key and refresh with it after a change is sent.
 */
export function useContactQueries() {
  const session = useSession();
  if (!session) throw new Error("useContactQueries needs a session");
  const scope = sessionScope(session);
  const account = accountQueryKey(...scope);
  // In the first record restored (no RESTORE_AFTER_FIRST_SCREEN): small, and a reload offline did not bring the
  // contact's address back from the second record.
  const kept = { staleTime: 10 * 60_000 };
  return {
    contact: (contactId: string) =>
      queryOptions({
        ...kept,
        queryKey: [...account, "contact", contactId],
        queryFn: ({ signal }) => unlessForbidden(() => getContact(apiClient(), contactId, signal)),
      }),
    addresses: (clientId: string) =>
      queryOptions({
        ...kept,
        queryKey: [...account, "clientAddresses", clientId],
        queryFn: ({ signal }) => unlessForbidden(() => listClientAddresses(apiClient(), clientId, signal)),
      }),
    interactionTypes: () =>
      queryOptions({
        ...kept,
        staleTime: HOUR,
        queryKey: [...account, "interactionTypes"],
        queryFn: ({ signal }) => listInteractionTypes(apiClient(), signal),
      }),
    interactions: (ticketId: string) =>
      queryOptions({
        meta: RESTORE_AFTER_FIRST_SCREEN,
        queryKey: [...ticketKeys(...scope).detail(ticketId), "interactions"],
        queryFn: ({ signal }) =>
          onceCreated(ticketId, () => unlessForbidden(() => listInteractions(apiClient(), { ticket_id: ticketId }, signal)), []),
      }),
  };
}
