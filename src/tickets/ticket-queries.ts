/* eslint-disable @tanstack/query/exhaustive-deps -- `api` is one client for the app's lifetime, not an
   input of the data: the account at the start of every key already says whose data it is. */
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { useApiClient } from "../lib/api-client-context";
import type { ApiClient } from "../api/client";
import { listComments } from "../api/comments";
import { listDocuments } from "../api/documents";
import { listServices } from "../api/time-entries";
import { listAgents } from "../api/users";
import { getTicket, getTicketStats, listPriorities, listStatuses, listTickets, type TicketListQuery } from "../api/tickets";
import { sessionScope, useSession, type Session } from "../auth/session";
import { RESTORE_AFTER_FIRST_SCREEN } from "../offline/query-persistence";
import { isTemporaryTicketId } from "./ticket-id";

export type TicketListFilters = Omit<TicketListQuery, "page" | "limit">;

export const LIST_PAGE_SIZE = 25;

/**
 * A ticket not created yet has nothing on the server (its notes, files, items and time wait in the outbox): no
 * request is made for it, and `nothing` stands for the answer.
 */
export function onceCreated<T>(ticketId: string, fetch: () => Promise<T>, nothing: T): Promise<T> {
  return isTemporaryTicketId(ticketId) ? Promise.resolve(nothing) : fetch();
}

/** The start of every query key of one account: invalidating it refreshes everything that account sees. */
export function accountQueryKey(server: string, userId: string) {
  return ["alga", server, userId] as const;
}

/** Query options for tickets; keys start with the server and user so two accounts never share a cache. */
export function ticketQueries(api: ApiClient, session: Session) {
  const all = [...accountQueryKey(...sessionScope(session)), "tickets"] as const;
  return {
    all,
    list: (filters: TicketListFilters) =>
      infiniteQueryOptions({
        queryKey: [...all, "list", filters],
        queryFn: ({ pageParam, signal }) => listTickets(api, { ...filters, page: pageParam, limit: LIST_PAGE_SIZE }, signal),
        initialPageParam: 1,
        getNextPageParam: (last) => (last.pagination.hasNext ? last.pagination.page + 1 : undefined),
      }),
    detail: (ticketId: string) =>
      queryOptions({
        queryKey: [...all, "detail", ticketId],
        queryFn: ({ signal }) => getTicket(api, ticketId, signal),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    /** All comments, oldest first; the screen orders and pages them (they arrive as one array). */
    comments: (ticketId: string) =>
      queryOptions({
        queryKey: [...all, "detail", ticketId, "comments"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => listComments(api, ticketId, { order: "asc" }, signal), []),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    /** The ticket's documents, newest first (kept for offline like the rest of the ticket). */
    documents: (ticketId: string) =>
      queryOptions({
        queryKey: [...all, "detail", ticketId, "documents"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => listDocuments(api, ticketId, signal), []),
      }),
    services: () =>
      queryOptions({
        queryKey: [...all, "services"],
        queryFn: ({ signal }) => listServices(api, signal),
        staleTime: 60 * 60_000,
      }),
    agents: (search: string) =>
      queryOptions({
        queryKey: [...all, "agents", search.trim().toLowerCase()],
        queryFn: ({ signal }) => listAgents(api, search, signal),
        staleTime: 10 * 60_000,
      }),
    /** Statuses of every board (for the list's filter) or of one board (for a ticket's status picker). */
    statuses: (boardId?: string) =>
      queryOptions({
        queryKey: [...all, "statuses", boardId ?? "all"],
        queryFn: ({ signal }) => listStatuses(api, boardId, signal),
        staleTime: 60 * 60_000,
      }),
    priorities: () =>
      queryOptions({
        queryKey: [...all, "priorities"],
        queryFn: ({ signal }) => listPriorities(api, signal),
        staleTime: 60 * 60_000,
      }),
    stats: () =>
      queryOptions({
        queryKey: [...all, "stats"],
        queryFn: ({ signal }) => getTicketStats(api, signal),
      }),
  };
}

/** The ticket query factories for the signed-in user (screens behind RequireSession only). */
export function useTicketQueries() {
  const api = useApiClient();
  const session = useSession();
  if (!session) throw new Error("useTicketQueries needs a session");
  return ticketQueries(api, session);
}
