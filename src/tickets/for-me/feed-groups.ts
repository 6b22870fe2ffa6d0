import type { FeedItem } from "../../api/activities";

export interface FeedGroup {
  /** The ticket's id, or null for the notifications not about a ticket. */
  ticketId: string | null;
  ticketNumber: string | null;
  items: FeedItem[];
}

/** Per ticket, the ticket with the newest notification first, each group newest first (the feed comes newest first). */
export function groupByTicket(items: readonly FeedItem[]): FeedGroup[] {
  const groups = new Map<string | null, FeedGroup>();
  for (const item of [...items].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
    const group = groups.get(item.ticketId) ?? { ticketId: item.ticketId, ticketNumber: null, items: [] };
    group.items.push(item);
    group.ticketNumber ??= item.ticketNumber;
    groups.set(item.ticketId, group);
  }
  return [...groups.values()];
}
