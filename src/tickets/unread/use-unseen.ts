import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import type { Feed } from "../../api/activities";
import { useSession } from "../../auth/session";
import { useTicketQueries } from "../ticket-queries";
import { useFeed } from "./feed-query";
import { editSeen, useSeen } from "./seen-store";
import { unseenTicketIds, withTicketSeen } from "./unseen";

const NONE: ReadonlySet<string> = new Set();

/** The tickets with activity the technician has not seen (empty on a server without the feed). */
export function useUnseenTickets(): ReadonlySet<string> {
  const feed = useFeed().data;
  const seen = useSeen();
  return useMemo(() => (feed?.supported ? unseenTicketIds(feed.items, seen) : NONE), [feed, seen]);
}

/** Opening a ticket sees what the feed says about it, now and as more arrives while it is open; every tab hears of it. */
export function useSeeTicket(ticketId: string): void {
  const session = useSession();
  const feed = useFeed().data;
  useEffect(() => {
    if (!session || !feed?.supported) return;
    void editSeen(session, (seen) => withTicketSeen(seen, feed.items, ticketId));
  }, [session, feed, ticketId]);
}

/** New notifications about a ticket mean it changed: its detail and the list are fetched again (a reply by e-mail does not move updated_at). */
export function useRefreshOnNewActivity(feed: Feed | undefined): void {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  const known = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!feed?.supported) return;
    const fresh = known.current ? feed.items.filter((item) => !known.current?.has(item.id)) : [];
    known.current = new Set(feed.items.map((item) => item.id));
    const tickets = new Set(fresh.flatMap((item) => (item.ticketId ? [item.ticketId] : [])));
    if (tickets.size === 0) return;
    for (const ticketId of tickets) void queryClient.invalidateQueries({ queryKey: queries.detail(ticketId).queryKey });
    void queryClient.invalidateQueries({ queryKey: [...queries.all, "list"] });
  }, [feed, queryClient, queries]);
}
