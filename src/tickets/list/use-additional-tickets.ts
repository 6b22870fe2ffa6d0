import { queryOptions, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import { getMyTickets, type MyTickets } from "../../api/activities";
import { apiClient } from "../../api/app-client";
import type { TicketListItem } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { ticketKeys, type TicketListFilters } from "../ticket-queries";
import { additionalAgentRows, checkableFilters, matchesFilters, mergeInOrder } from "./additional-tickets";

// Servers found without the route since the app started: asked once, not again after every change or refresh.
const olderServers = new Set<string>();

/** My tickets from `activities?type=ticket`, kept on the device for offline use like the lists. */
function myTicketsQuery(server: string, userId: string, status: "open" | "all") {
  return queryOptions({
    queryKey: [...ticketKeys(server, userId).myTickets, status],
    queryFn: async ({ signal }): Promise<MyTickets> => {
      if (olderServers.has(server)) return { supported: false };
      const answer = await getMyTickets(apiClient(), status, signal);
      if (!answer.supported) olderServers.add(server);
      return answer;
    },
  });
}

const NONE: ReadonlySet<string> = new Set();

/**
 * "Mine" counts the tickets where the user is an additional agent (awareness §4): the server's `assigned_to` list,
 * which knows primaries only, with those tickets merged in its order and marked. A server without the activities
 * route keeps today's list. The feed has no tags or SLA columns: under those filters the extra tickets are left
 * out and `unchecked` says so.
 */
export function useAdditionalTickets(filters: TicketListFilters, loaded: TicketListItem[], complete: boolean) {
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const mine = filters.assigned_to === userId;
  const query = useQuery({ ...myTicketsQuery(server, userId, filters.is_open ? "open" : "all"), enabled: mine });
  const answer = mine ? query.data : undefined;
  const checkable = checkableFilters(filters);
  const result = useMemo(() => {
    if (!answer?.supported || !checkable) return { tickets: loaded, additional: NONE, count: 0 };
    const extra = additionalAgentRows(answer.tickets, userId).filter((row) => matchesFilters(row, filters));
    return {
      tickets: mergeInOrder(loaded, extra, filters, complete),
      additional: new Set(extra.map((row) => row.ticket_id)),
      count: extra.length,
    };
  }, [answer, checkable, loaded, userId, filters, complete]);
  return { ...result, unchecked: Boolean(answer?.supported) && !checkable, refetch: () => void (mine && query.refetch()) };
}

/** How long the kept copy of the user's own tickets counts as fresh: the list's views refresh what they show anyway. */
const KEPT_FRESH_MS = 5 * 60_000;

/**
 * The user's own open tickets, all of them, kept on the device whatever the view: a view's saved pages hold only its
 * first rows, and offline a search or the list past those pages finds the rest here (rows-on-device.ts).
 */
export function useMyTicketsKept(): void {
  const queryClient = useQueryClient();
  const [server, userId] = sessionScope(useSession()!);
  useEffect(() => {
    void queryClient.prefetchQuery({ ...myTicketsQuery(server, userId, "open"), staleTime: KEPT_FRESH_MS });
  }, [queryClient, server, userId]);
}
