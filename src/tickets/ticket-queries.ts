import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { apiClient } from "../api/app-client";
import { getChecklist } from "../api/checklist";
import { listComments } from "../api/comments";
import { listDocuments } from "../api/documents";
import { getTicketTags, suggestTags } from "../api/tags";
import { getTicketAgents } from "../api/ticket-agents";
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

/**
 * The account's keys that changes touch, spelled once for the factories below and for the refetch after a send
 * (changes/touched-queries.ts). Everything about one ticket sits under its `detail` key.
 */
export function ticketKeys(server: string, userId: string) {
  const account = accountQueryKey(server, userId);
  const all = [...account, "tickets"] as const;
  return {
    all,
    lists: [...all, "list"] as const,
    stats: [...all, "stats"] as const,
    detail: (ticketId: string) => [...all, "detail", ticketId] as const,
    tagSuggestions: [...all, "tagSuggestions"] as const,
    /** Tickets where the user is primary or additional agent (list/use-additional-tickets.ts); not a paged list. */
    myTickets: [...all, "myTickets"] as const,
    /** The user's own time entries, by week (time/time-queries.ts). */
    time: [...account, "time"] as const,
  };
}

/** Query options for tickets; keys start with the server and user so two accounts never share a cache. */
export function ticketQueries(session: Session) {
  const keys = ticketKeys(...sessionScope(session));
  const { all } = keys;
  return {
    all,
    /** Every list of tickets, whatever its filters. */
    lists: keys.lists,
    myTickets: keys.myTickets,
    list: (filters: TicketListFilters) =>
      infiniteQueryOptions({
        queryKey: [...keys.lists, filters],
        queryFn: ({ pageParam, signal }) => listTickets(apiClient(), { ...filters, page: pageParam, limit: LIST_PAGE_SIZE }, signal),
        initialPageParam: 1,
        getNextPageParam: (last) => (last.pagination.hasNext ? last.pagination.page + 1 : undefined),
      }),
    detail: (ticketId: string) =>
      queryOptions({
        queryKey: keys.detail(ticketId),
        queryFn: ({ signal }) => getTicket(apiClient(), ticketId, signal),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    /** All comments, oldest first; the screen orders and pages them (they arrive as one array). */
    comments: (ticketId: string) =>
      queryOptions({
        queryKey: [...keys.detail(ticketId), "comments"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => listComments(apiClient(), ticketId, { order: "asc" }, signal), []),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    /** The ticket's documents, newest first (kept for offline like the rest of the ticket). */
    documents: (ticketId: string) =>
      queryOptions({
        queryKey: [...keys.detail(ticketId), "documents"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => listDocuments(apiClient(), ticketId, signal), []),
      }),
    /** Under the ticket's key, like its tags: refreshed with it after a change is sent, and kept for offline use. */
    checklist: (ticketId: string) =>
      queryOptions({
        queryKey: [...keys.detail(ticketId), "checklist"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => getChecklist(apiClient(), ticketId, signal), []),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    tags: (ticketId: string) =>
      queryOptions({
        queryKey: [...keys.detail(ticketId), "tags"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => getTicketTags(apiClient(), ticketId, signal), []),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    /** The primary and additional agents; under the ticket's key, so refreshed with it after a change is sent. */
    ticketAgents: (ticketId: string) =>
      queryOptions({
        queryKey: [...keys.detail(ticketId), "agents"],
        queryFn: ({ signal }) =>
          onceCreated(ticketId, () => getTicketAgents(apiClient(), ticketId, signal), {
            ticket_id: ticketId,
            primary_agent: null,
            additional_agents: [],
          }),
        meta: RESTORE_AFTER_FIRST_SCREEN,
      }),
    /** Existing tags: the most used, or those containing `term` (already normalized). */
    tagSuggestions: (term: string) =>
      queryOptions({
        queryKey: [...keys.tagSuggestions, term],
        queryFn: ({ signal }) => suggestTags(apiClient(), term, signal),
        staleTime: 5 * 60_000,
      }),
    services: () =>
      queryOptions({
        queryKey: [...all, "services"],
        queryFn: ({ signal }) => listServices(apiClient(), signal),
        staleTime: 60 * 60_000,
      }),
    agents: (search: string) =>
      queryOptions({
        queryKey: [...all, "agents", search.trim().toLowerCase()],
        queryFn: ({ signal }) => listAgents(apiClient(), search, signal),
        staleTime: 10 * 60_000,
      }),
    /** Statuses of every board (for the list's filter) or of one board (for a ticket's status picker). */
    statuses: (boardId?: string) =>
      queryOptions({
        queryKey: [...all, "statuses", boardId ?? "all"],
        queryFn: ({ signal }) => listStatuses(apiClient(), boardId, signal),
        staleTime: 60 * 60_000,
      }),
    priorities: () =>
      queryOptions({
        queryKey: [...all, "priorities"],
        queryFn: ({ signal }) => listPriorities(apiClient(), signal),
        staleTime: 60 * 60_000,
      }),
    stats: () =>
      queryOptions({
        queryKey: keys.stats,
        queryFn: ({ signal }) => getTicketStats(apiClient(), signal),
      }),
  };
}

/** The ticket query factories for the signed-in user (screens behind RequireSession only). */
export function useTicketQueries() {
  const session = useSession();
  if (!session) throw new Error("useTicketQueries needs a session");
  return ticketQueries(session);
}
