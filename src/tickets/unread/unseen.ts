import type { FeedItem } from "../../api/activities";

/**
 * What the technician has seen, kept on the device because the API cannot mark a notification read
 * (awareness §2.6): per ticket, the newest notification time seen when it was opened, and the time of the last
 * "Mark all seen". Times are the server's `createdAt`, so the device's clock plays no part.
 */
export interface Seen {
  tickets: Record<string, string>;
  all: string | null;
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
  return { tickets: withoutOlderThan(seen.tickets, all), all };
}

function withoutOlderThan(tickets: Record<string, string>, all: string | null): Record<string, string> {
  return all ? Object.fromEntries(Object.entries(tickets).filter(([, time]) => time > all)) : tickets;
}
