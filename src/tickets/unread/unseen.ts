import type { FeedItem } from "../../api/activities";

/**
 * What the technician has seen, kept on the device because the API cannot mark a notification read
 * (awareness §2.6): per ticket, the newest notification time seen when it was opened, and the time of the last
 * "Mark all seen". Times are the server's `createdAt`, so the device's clock plays no part.
 */
export interface Seen {
  tickets: Record<string, string>;
  all: string | null;
  /**
   * For a server without the feed: each ticket's `updated_at` when it was last opened, so the list can mark one
   * that changed since. Absent from what was stored before it existed.
   */
  opened?: Record<string, string>;
}

export const NOTHING_SEEN: Seen = { tickets: {}, all: null };

const later = (a: string | null | undefined, b: string | null | undefined) => (!a ? (b ?? null) : !b || a > b ? a : b);

/** Unseen: not read in Alga's web UI, and newer than what was seen of its ticket or marked seen altogether. */
export function isUnseen(item: FeedItem, seen: Seen): boolean {
  if (item.readOnServer) return false;
  const seenUpTo = later(seen.all, item.ticketId ? seen.tickets[item.ticketId] : null);
  return !seenUpTo || item.createdAt > seenUpTo;
}

/** The tickets with something unseen: the list's marks and the badge's count. */
export function unseenTicketIds(items: readonly FeedItem[], seen: Seen): Set<string> {
  return new Set(items.filter((item) => item.ticketId && isUnseen(item, seen)).map((item) => item.ticketId as string));
}

/** After opening `ticketId`: everything about it in the feed so far counts as seen. */
export function withTicketSeen(seen: Seen, items: readonly FeedItem[], ticketId: string): Seen {
  const newest = items.filter((item) => item.ticketId === ticketId).reduce<string | null>((max, item) => later(max, item.createdAt), null);
  if (!newest || (seen.tickets[ticketId] ?? "") >= newest) return seen;
  return { ...seen, tickets: { ...withoutOlderThan(seen.tickets, seen.all), [ticketId]: newest } };
}

/** "Mark all seen": up to the newest notification; per-ticket times before it are no longer needed. */
export function withAllSeen(seen: Seen, items: readonly FeedItem[]): Seen {
  const all = later(
    seen.all,
    items.reduce<string | null>((max, item) => later(max, item.createdAt), null),
  );
  return { ...seen, tickets: withoutOlderThan(seen.tickets, all), all };
}

/** After opening `ticketId` on a server without the feed: the ticket as it is now counts as seen. */
export function withTicketOpened(seen: Seen, ticketId: string, updatedAt: string): Seen {
  const before = seen.opened?.[ticketId];
  if (before && Date.parse(before) >= Date.parse(updatedAt)) return seen;
  return { ...seen, opened: { ...seen.opened, [ticketId]: updatedAt } };
}

/**
 * The list's marks on a server without the feed: opened tickets whose `updated_at` moved since. A reply by e-mail
 * or portal does not move it (awareness §5), so this sees less than the feed; never-opened tickets are not marked.
 */
export function changedSinceOpened(rows: readonly { ticket_id: string; updated_at: string | null }[], seen: Seen): Set<string> {
  return new Set(
    rows
      .filter((row) => {
        const opened = seen.opened?.[row.ticket_id];
        return opened && row.updated_at && Date.parse(row.updated_at) > Date.parse(opened);
      })
      .map((row) => row.ticket_id),
  );
}

function withoutOlderThan(tickets: Record<string, string>, all: string | null): Record<string, string> {
  return all ? Object.fromEntries(Object.entries(tickets).filter(([, time]) => time > all)) : tickets;
}
