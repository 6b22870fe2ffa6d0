import { queryOptions, useQueryClient, type QueryKey } from "@tanstack/react-query";
import { ApiError } from "../api/errors";
import { listActiveClientLocations, listBoards, listClients, listContacts, listTicketCategories } from "../api/reference-data";
import type { Client, Contact } from "../api/schemas/reference-data";
import { sessionScope, useSession, type Session } from "../auth/session";
import { apiClient } from "../api/app-client";
import { RESTORE_AFTER_FIRST_SCREEN } from "../offline/query-persistence";
import { accountQueryKey } from "./ticket-queries";

const HOUR = 60 * 60_000;
const searchKey = (search: string) => search.trim().toLowerCase();

/**
 * The create form's lists, cached like the tickets (persisted per account, so the form works offline with
 * what was loaded before); restored after the first screen, which never needs them.
 */
export function referenceQueries(session: Session) {
  const all = [...accountQueryKey(...sessionScope(session)), "reference"] as const;
  const cached = { staleTime: HOUR, meta: RESTORE_AFTER_FIRST_SCREEN };
  return {
    all,
    boards: () => queryOptions({ ...cached, queryKey: [...all, "boards"], queryFn: ({ signal }) => listBoards(apiClient(), signal) }),
    clients: (search: string) =>
      queryOptions({
        ...cached,
        queryKey: [...all, "clients", searchKey(search)],
        queryFn: ({ signal }) => listClients(apiClient(), search, signal),
      }),
    /** A further page of all clients (the first is `clients("")`): kept so that offline, typing finds any of them. */
    clientsPage: (page: number) =>
      queryOptions({
        ...cached,
        queryKey: [...all, "clients", "", page],
        queryFn: ({ signal }) => listClients(apiClient(), "", signal, page),
      }),
    locations: (clientId: string) =>
      queryOptions({
        ...cached,
        queryKey: [...all, "locations", clientId],
        queryFn: ({ signal }) => listActiveClientLocations(apiClient(), clientId, signal),
      }),
    contacts: (clientId: string | undefined, search: string) =>
      queryOptions({
        ...cached,
        queryKey: [...all, "contacts", clientId ?? "any", searchKey(search)],
        queryFn: ({ signal }) => listContacts(apiClient(), { clientId, search }, signal),
      }),
    /** Null when the user may not read categories (`ticket_settings:read`, often missing): the form then has no category. */
    categories: (boardId: string) =>
      queryOptions({
        ...cached,
        queryKey: [...all, "categories", boardId],
        queryFn: async ({ signal }) => {
          try {
            return await listTicketCategories(apiClient(), boardId, signal);
          } catch (error) {
            if (error instanceof ApiError && error.kind === "forbidden") return null;
            throw error;
          }
        },
      }),
  };
}

export type ReferenceQueries = ReturnType<typeof referenceQueries>;

/** The create form's query factories for the signed-in user (screens behind RequireSession only). */
export function useReferenceQueries() {
  const session = useSession();
  if (!session) throw new Error("useReferenceQueries needs a session");
  return referenceQueries(session);
}

/**
 * What the device already knows that matches `search`, across every list loaded before: offline, a client
 * (or contact) searched for earlier is still found by typing.
 */
export function useCachedMatches() {
  const queryClient = useQueryClient();
  const refs = useReferenceQueries();
  const { all } = refs;
  const onDevice = (options: { queryKey: QueryKey }) => queryClient.getQueryData(options.queryKey) !== undefined;
  function matches<T>(
    list: string,
    name: (item: T) => string,
    id: (item: T) => string,
    search: string,
    keep: (item: T) => boolean = () => true,
  ) {
    const wanted = searchKey(search);
    const found = new Map<string, T>();
    for (const [, items] of queryClient.getQueriesData<T[]>({ queryKey: [...all, list] })) {
      for (const item of items ?? []) if (keep(item) && name(item).toLowerCase().includes(wanted)) found.set(id(item), item);
    }
    return [...found.values()].sort((a, b) => name(a).localeCompare(name(b)));
  }
  return {
    /** Whether the whole list (no search) was loaded on this device: only then does "none" mean none. */
    clientsLoaded: () => onDevice(refs.clients("")),
    contactsLoaded: (clientId: string | undefined) => onDevice(refs.contacts(clientId, "")),
    clients: (search: string) =>
      matches<Client>(
        "clients",
        (client) => client.client_name,
        (client) => client.client_id,
        search,
      ),
    contacts: (clientId: string | undefined, search: string) =>
      matches<Contact>(
        "contacts",
        (contact) => contact.full_name,
        (contact) => contact.contact_name_id,
        search,
        (contact) => !clientId || contact.client_id === clientId,
      ),
  };
}
