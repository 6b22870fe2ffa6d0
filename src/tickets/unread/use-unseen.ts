import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import type { Feed, FeedItem } from "../../api/activities";
import type { TicketListItem } from "../../api/schemas/tickets";
import { useSession } from "../../auth/session";
import { useTicketQueries } from "../ticket-queries";
import { useFeed } from "./feed-query";
import { editSeen, useSeen } from "./seen-store";
import { changedSinceOpened, unseenTicketIds, withTicketOpened, withTicketSeen } from "./unseen";

const NONE: ReadonlySet<string> = new Set();

/**
 * The tickets with activity the technician has not seen; on a server without the feed, the `rows` opened before
 * that changed since.
 */
export function useUnseenTickets(rows: readonly TicketListItem[]): ReadonlySet<string> {
  const feed = useFeed().data;
  const seen = useSeen();
  const changed = useMemo(() => (feed?.supported === false ? changedSinceOpened(rows, seen) : NONE), [feed, seen, rows]);
  useRefetchOnOpen(changed);
  return useMemo(() => (feed?.supported ? unseenTicketIds(feed.items, seen) : changed), [feed, seen, changed]);
}

/** A ticket the list shows changed is fetched again when opened, however recently its detail was fetched. */
function useRefetchOnOpen(ticketIds: ReadonlySet<string>): void {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  useEffect(() => {
    for (const ticketId of ticketIds)
      void queryClient.invalidateQueries({ queryKey: queries.detail(ticketId).queryKey, refetchType: "none" });
  }, [ticketIds, queryClient, queries]);
}

/**
 * Opening a ticket sees what the feed says about it, now and as more arrives while it is open; on a server without
 * the feed, the ticket as last fetched (`updatedAt`), which includes the technician's own changes made here. Every
 * tab hears of it.
 */
export function useSeeTicket(ticketId: string, updatedAt: string | null | undefined): void {
  const session = useSession();
  const feed = useFeed().data;
  useEffect(() => {
    if (!session || !feed) return;
    if (feed.supported) void editSeen(session, (seen) => withTicketSeen(seen, feed.items, ticketId));
    else if (updatedAt) void editSeen(session, (seen) => withTicketOpened(seen, ticketId, updatedAt));
  }, [session, feed, ticketId, updatedAt]);
}

/**
 * New notifications about a ticket mean it changed: its detail and the list are fetched again (a reply by e-mail
 * does not move updated_at); `onFresh` hears of them too.
 */
export function useFollowNewActivity(feed: Feed | undefined, onFresh: (fresh: FeedItem[]) => void): void {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!feed?.supported) return;
    const fresh = known.current ? feed.items.filter((item) => !known.current?.has(item.id)) : [];
    known.current = new Set(feed.items.map((item) => item.id));
    const tickets = new Set(fresh.flatMap((item) => (item.ticketId ? [item.ticketId] : [])));
    if (tickets.size === 0) return;
    onFresh(fresh);
    for (const ticketId of tickets) void queryClient.invalidateQueries({ queryKey: queries.detail(ticketId).queryKey });
    void queryClient.invalidateQueries({ queryKey: queries.lists });
  }, [feed, queryClient, queries, onFresh]);
}
