import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import type { TicketListItem } from "../../api/schemas/tickets";
import { TicketRow } from "./TicketRow";
import "./VirtualTicketList.css";

// Start loading the next page this many rows before the end, so scrolling never hits a wall.
const PREFETCH_ROWS = 15;

interface VirtualTicketListProps {
  tickets: TicketListItem[];
  total: number | undefined;
  label: string;
  hasMore: boolean;
  loadMore: () => void;
}

/**
 * Renders only the rows on screen (plus a few), scrolled by the window so the phone's address
 * bar collapses as in any page. Thousands of loaded rows stay as light as twenty.
 */
export function VirtualTicketList({ tickets, total, label, hasMore, loadMore }: VirtualTicketListProps) {
  const listRef = useRef<HTMLUListElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0);
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: tickets.length,
    estimateSize: () => 108,
    overscan: 6,
    scrollMargin,
    getItemKey: (index) => tickets[index]?.ticket_id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasMore && lastIndex >= tickets.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, lastIndex, tickets.length, loadMore]);

  return (
    <ul ref={listRef} className="virtual-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <li
          key={item.key}
          ref={virtualizer.measureElement}
          data-index={item.index}
          className="virtual-list__item"
          aria-setsize={total ?? -1}
          aria-posinset={item.index + 1}
          style={{ transform: `translateY(${item.start - scrollMargin}px)` }}
        >
          <TicketRow ticket={tickets[item.index]!} />
        </li>
      ))}
    </ul>
  );
}
