import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";
import { Outlet, useLocation, useParams } from "react-router";
import { sessionScope, useSession } from "../../auth/session";
import { useMediaQuery } from "../../lib/use-media-query";
import { WIDE_LAYOUT } from "../../lib/wide-layout";
import { focusWhenShown, ticketHeading } from "./focus-when-shown";
import { rememberLastTicket } from "../last-ticket";
import type { TicketArrival } from "../LastTicketNote";
import { TicketListScreen } from "./TicketListScreen";
import "./TicketsLayout.css";
import { useT } from "../../i18n/active-language";
import { RichText } from "../../i18n/RichText";

/**
 * Phones, held sideways too: the list, or one ticket. Tablets (portrait too) and desktops: the list beside
 * the open ticket, the list scrolling in its own pane so it stays where it was.
 */
export function TicketsLayout() {
  const wide = useMediaQuery(WIDE_LAYOUT);
  const { ticketId } = useParams();
  const listPane = useRef<HTMLDivElement>(null);
  const ticketPane = useRef<HTMLDivElement>(null);
  // The row opened with Enter: its ticket takes the focus once it is on screen.
  const focusOnOpenRef = useRef<string | null>(null);
  useTicketArrival(ticketId, ticketPane, focusOnOpenRef);

  if (!wide) {
    if (!ticketId) return <TicketListScreen />;
    return (
      <div ref={ticketPane}>
        <Outlet />
      </div>
    );
  }

  function onListKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const rowId = event.target instanceof HTMLElement ? event.target.dataset.ticketId : undefined;
    if (event.key !== "Enter" || !rowId) return;
    // Enter follows the row's link; a row already open beside the list changes no route.
    if (rowId === ticketId && ticketPane.current) focusWhenShown(ticketPane.current, ticketHeading);
    else focusOnOpenRef.current = rowId;
  }

  return (
    <div className="tickets-split">
      <div className="tickets-split__list" ref={listPane} onKeyDown={onListKeyDown}>
        <TicketListScreen scrollPane={listPane} selectedId={ticketId} />
      </div>
      <div className="tickets-split__detail" ref={ticketPane}>
        <Outlet />
      </div>
    </div>
  );
}

/** Remembers the opened ticket for the "New note" shortcut, and puts the focus where the way in asked. */
function useTicketArrival(
  ticketId: string | undefined,
  ticketPane: RefObject<HTMLDivElement | null>,
  focusOnOpenRef: RefObject<string | null>,
) {
  const [server, userId] = sessionScope(useSession()!);
  const arrival = useLocation().state as TicketArrival | null;
  useEffect(() => {
    if (ticketId) rememberLastTicket(server, userId, ticketId);
  }, [server, userId, ticketId]);
  useEffect(() => {
    const pane = ticketPane.current;
    if (!ticketId || !pane) return;
    if (arrival?.focus === "composer") return focusWhenShown(pane, (container) => composer(container, ticketId));
    if (focusOnOpenRef.current === ticketId) {
      focusOnOpenRef.current = null;
      return focusWhenShown(pane, ticketHeading);
    }
  }, [ticketId, arrival, ticketPane, focusOnOpenRef]);
}

/** The ticket screen's comment box (by its id, else the screen's first text area). */
function composer(container: HTMLElement, ticketId: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`#${CSS.escape(`comment-${ticketId}`)}`) ?? container.querySelector("textarea");
}

export function NoTicketSelected() {
  const t = useT();
  return (
    <div className="tickets-split__empty">
      <p>{t("list.chooseTicket")}</p>
      <p className="tickets-split__keys">
        <RichText
          text={t("list.keyboardHelp")}
          parts={{
            // Key names as printed on the keys, not words to translate.
            jk: (
              <>
                <kbd>{"j"}</kbd>/<kbd>{"k"}</kbd>
              </>
            ),
            enter: <kbd>{"Enter"}</kbd>,
            slash: <kbd>/</kbd>,
            esc: <kbd>{"Esc"}</kbd>,
          }}
        />
      </p>
    </div>
  );
}
