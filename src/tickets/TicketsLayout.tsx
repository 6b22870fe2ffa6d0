import { useRef } from "react";
import { Outlet, useParams } from "react-router";
import { useMediaQuery, WIDE_LAYOUT } from "../lib/use-media-query";
import { TicketListScreen } from "./list/TicketListScreen";
import "./TicketsLayout.css";

/**
 * Phones: the list, or one ticket. Tablets and desktops: the list beside the open ticket, the
 * list scrolling in its own pane so it stays where it was.
 */
export function TicketsLayout() {
  const wide = useMediaQuery(WIDE_LAYOUT);
  const { ticketId } = useParams();
  const pane = useRef<HTMLDivElement>(null);
  if (!wide) return ticketId ? <Outlet /> : <TicketListScreen />;
  return (
    <div className="tickets-split">
      <div className="tickets-split__list" ref={pane}>
        <TicketListScreen scrollPane={pane} selectedId={ticketId} />
      </div>
      <div className="tickets-split__detail">
        <Outlet />
      </div>
    </div>
  );
}

export function NoTicketSelected() {
  return (
    <div className="tickets-split__empty">
      <p>Choose a ticket from the list.</p>
      <p className="tickets-split__keys">
        Keyboard: <kbd>j</kbd>/<kbd>k</kbd> or arrows to move, <kbd>Enter</kbd> to open, <kbd>/</kbd> to search.
      </p>
    </div>
  );
}
