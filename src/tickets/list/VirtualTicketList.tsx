import { useVirtualizer, type Virtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type RefObject } from "react";
import type { TicketListItem } from "../../api/schemas/tickets";
import { isTyping } from "../../lib/is-typing";
import { deviceKeys } from "../../lib/storage-keys";
import { useOffsetTop, useWindowList } from "../../ui/use-window-list";
import { TicketRow } from "./TicketRow";
import "./VirtualTicketList.css";
import type { MessageKey } from "../../i18n/catalogue-types";

/** How long the list's place must hold before it is kept for the next start. */
const LAYOUT_SETTLED_MS = 300;
// Start loading the next page this many rows before the end, so scrolling never hits a wall.
const PREFETCH_ROWS = 15;
const ESTIMATED_ROW_PX = 108;
// Rows kept rendered beyond each edge of the screen. Every one of them is laid out and painted on each
// scroll step: at 6, a fast fling inserted 20 rows at once, in tasks of 50–160 ms at 4× CPU (npm run bench).
const OVERSCAN_ROWS = 3;

interface VirtualTicketListProps {
  tickets: TicketListItem[];
  total: number | undefined;
  label: string;
  hasMore: boolean;
  loadMore: () => void;
  search: string;
  selectedId?: string;
  /** Called when j/k or the arrow keys move to a row (the side-by-side layout opens it). */
  onKeyboardMove?: (ticketId: string) => void;
  /** Rows of tickets not created on the server yet, with what to say about each. */
  waiting?: ReadonlyMap<string, MessageKey>;
  /** Tickets with activity not seen yet. */
  unseen?: ReadonlySet<string>;
  /** Tickets the user works on as an additional agent, not as the primary. */
  additional?: ReadonlySet<string>;
  /** The scrolling pane in the side-by-side layout; the window otherwise. */
  scrollPane?: RefObject<HTMLElement | null>;
}

/** Renders only the rows on screen (plus a few): thousands of loaded rows stay as light as twenty. */
export function VirtualTicketList(props: VirtualTicketListProps) {
  return props.scrollPane ? <PaneList {...props} scrollPane={props.scrollPane} /> : <WindowList {...props} />;
}

/**
 * Where the list starts on the page, kept whenever what is above it changes size (the summary and the
 * unassigned count come after the first render): the boot module paints the saved rows at that place at the
 * next start (app/boot-paint.ts), so React's rows replace them without moving. Kept once the layout has been
 * still for a moment: while a page unloads (a reload) Chrome lays the controls out 16 px shorter, and that
 * passing layout was what the next start painted.
 */
function useListTopKept(listRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const list = listRef.current;
    const screen = list?.closest("main");
    if (!list || !screen) return;
    let pending: ReturnType<typeof setTimeout> | undefined;
    const keep = () => localStorage.setItem(deviceKeys.listTop, String(list.getBoundingClientRect().top + scrollY));
    const observer = new ResizeObserver(() => {
      clearTimeout(pending);
      pending = setTimeout(keep, LAYOUT_SETTLED_MS);
    });
    observer.observe(screen);
    return () => {
      observer.disconnect();
      clearTimeout(pending);
    };
  }, [listRef]);
}

/** Scrolled by the window, so the phone's address bar collapses as on any page. */
function WindowList(props: VirtualTicketListProps) {
  const { virtualizer, listRef, offset } = useWindowList<HTMLUListElement>({
    count: props.tickets.length,
    estimateSize: ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    getItemKey: (index) => props.tickets[index]?.ticket_id ?? index,
    keptAs: `/tickets${props.search}`,
  });
  useListTopKept(listRef);
  return <Rows {...props} virtualizer={virtualizer} listRef={listRef} offset={offset} />;
}

function PaneList(props: VirtualTicketListProps & { scrollPane: RefObject<HTMLElement | null> }) {
  const listRef = useRef<HTMLUListElement>(null);
  const scrollMargin = useOffsetTop(listRef);
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here; the virtualizer re-renders this component itself.
  const virtualizer = useVirtualizer({
    count: props.tickets.length,
    getScrollElement: () => props.scrollPane.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    // Let React batch the re-render of a scroll step instead of forcing one per scroll event.
    useFlushSync: false,
    scrollMargin,
    getItemKey: (index) => props.tickets[index]?.ticket_id ?? index,
  });
  return <Rows {...props} virtualizer={virtualizer} listRef={listRef} offset={scrollMargin} />;
}

function Rows({
  tickets,
  total,
  label,
  hasMore,
  loadMore,
  search,
  selectedId,
  waiting,
  unseen,
  additional,
  onKeyboardMove,
  virtualizer,
  listRef,
  offset,
}: VirtualTicketListProps & {
  virtualizer: Virtualizer<Window, Element> | Virtualizer<HTMLElement, Element>;
  listRef: RefObject<HTMLUListElement | null>;
  offset: number;
}) {
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && lastIndex >= tickets.length - PREFETCH_ROWS) loadMore();
  }, [hasMore, lastIndex, tickets.length, loadMore]);

  // j/k or the arrow keys move between rows, even to rows not rendered yet; Enter opens (it is a link).
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      // A sheet over the list (filters, a ticket's pickers) has the keyboard.
      if (document.querySelector("dialog[open]")) return;
      const step = event.key === "j" || event.key === "ArrowDown" ? 1 : event.key === "k" || event.key === "ArrowUp" ? -1 : 0;
      if (step === 0) return;
      event.preventDefault();
      const focusedId = document.activeElement instanceof HTMLElement ? document.activeElement.dataset.ticketId : undefined;
      const current = tickets.findIndex((ticket) => ticket.ticket_id === (focusedId ?? selectedId));
      const next = Math.min(Math.max(current + step, 0), tickets.length - 1);
      const ticket = tickets[next];
      if (!ticket) return;
      virtualizer.scrollToIndex(next, { align: "auto" });
      requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(`[data-ticket-id="${ticket.ticket_id}"]`)?.focus());
      onKeyboardMove?.(ticket.ticket_id);
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [tickets, selectedId, virtualizer, listRef, onKeyboardMove]);

  return (
    <ul ref={listRef} className="virtual-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => {
        const ticket = tickets[item.index]!;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            className="virtual-list__item"
            aria-setsize={total ?? -1}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start - offset}px)` }}
          >
            <TicketRow
              ticket={ticket}
              search={search}
              selected={ticket.ticket_id === selectedId}
              waiting={waiting?.get(ticket.ticket_id)}
              unseen={unseen?.has(ticket.ticket_id)}
              additional={additional?.has(ticket.ticket_id)}
            />
          </li>
        );
      })}
    </ul>
  );
}
