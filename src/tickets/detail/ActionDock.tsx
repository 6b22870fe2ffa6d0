import { useEffect, useRef, type RefObject } from "react";
import { useT } from "../../i18n/active-language";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { TimerControls } from "../timer/TimerControls";
import { CommentComposer } from "../conversation/CommentComposer";
import { useShownFields } from "../fields/shown-fields";
import type { SheetName } from "./sheet-name";
import { useBoardStatuses } from "../fields/use-board-statuses";
import { queueChange } from "../changes/use-queue-change";
import { useTimer } from "../timer/timer-store";
import { MoreActions } from "./MoreActions";
import { useConversationInSight } from "./use-conversation-in-sight";
import "./ActionDock.css";

/**
 * Keeps the bar above the on-screen keyboard where the browser lays the page out behind it (iOS
 * Safari; Chrome resizes the page itself with `interactive-widget=resizes-content`), and tells the
 * toasts how tall the bar is so they sit above it.
 */
function useDockPlacement(dock: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const element = dock.current;
    const viewport = window.visualViewport;
    if (!element) return;
    const place = () => {
      const hidden = viewport ? Math.max(0, window.innerHeight - viewport.height - viewport.offsetTop) : 0;
      element.style.setProperty("--keyboard-inset", `${Math.round(hidden)}px`);
      document.documentElement.style.setProperty("--dock-height", `${element.offsetHeight}px`);
    };
    place();
    const observer = new ResizeObserver(place);
    observer.observe(element);
    viewport?.addEventListener("resize", place);
    viewport?.addEventListener("scroll", place);
    return () => {
      observer.disconnect();
      viewport?.removeEventListener("resize", place);
      viewport?.removeEventListener("scroll", place);
      document.documentElement.style.removeProperty("--dock-height");
    };
  }, [dock]);
}

/**
 * The bar at the bottom of a ticket, always under the thumb: one row of the frequent actions (the rarer ones
 * under More) and a one-line composer. While a note is typed the row folds away (ActionDock.css), leaving
 * the composer, a small way back to the actions, and the conversation above.
 */
export function ActionDock({
  ticket,
  draftKey,
  draftVersion,
  composer,
  openSheet,
  onUndoneComment,
}: {
  ticket: TicketDetail;
  draftKey: string;
  draftVersion: number;
  composer: RefObject<HTMLTextAreaElement | null>;
  openSheet: (sheet: SheetName) => void;
  onUndoneComment: (text: string, isInternal: boolean) => void;
}) {
  const t = useT();
  const dock = useRef<HTMLDivElement>(null);
  useDockPlacement(dock);
  useConversationInSight(dock);
  const session = useSession()!;
  const { assignedTo, statusId } = useShownFields(ticket);
  const statuses = useBoardStatuses(ticket.board_id);
  const timing = useTimer()?.ticketId === ticket.ticket_id;
  const closed = statuses.find((status) => status.status_id === statusId)?.is_closed ?? ticket.status_is_closed ?? false;
  const mine = assignedTo === session.user.id;
  const close = {
    label: closed ? t("ticket.reopen") : t("ticket.resolve"),
    run: () => openSheet(closed ? "status" : "resolve"),
    opensSheet: true,
  };
  const assignMe = {
    label: t("ticket.assignMe"),
    run: () =>
      void queueChange(
        { kind: "assignment", ticketId: ticket.ticket_id, assignedTo: session.user.id, label: session.user.name ?? t("ticket.me") },
        ticket.updated_at,
        { message: t("ticket.assignedToYou") },
      ),
  };

  function showActions() {
    // Out of the composer first: the row is folded while it has the focus, and a folded button takes none.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    dock.current?.querySelector<HTMLElement>(".action-dock__actions button")?.focus();
  }

  return (
    <div className={timing ? "action-dock action-dock--timing" : "action-dock"} ref={dock}>
      <div className="action-dock__actions">
        <TimerControls ticket={ticket} openSheet={openSheet} />
        <Button onClick={() => openSheet("time")} aria-haspopup="dialog">
          <span aria-hidden="true">+</span> <span className="action-dock__word">{t("ticket.logTime")}</span>
        </Button>
        {/* Also under More, which is where it goes when the row is too narrow for it. */}
        <Button variant="secondary" className="action-dock__close" onClick={close.run} aria-haspopup="dialog">
          {close.label}
        </Button>
        <MoreActions actions={mine ? [close] : [close, assignMe]} />
      </div>
      <button
        type="button"
        className="action-dock__back"
        // The composer keeps the focus (and the keyboard stays up) until the tap is over.
        onMouseDown={(event) => event.preventDefault()}
        onClick={showActions}
      >
        <span aria-hidden="true">⋯</span>
        <span className="visually-hidden">{t("ticket.showActions")}</span>
      </button>
      {/* A composer of its own per ticket (the screen stays mounted from ticket to ticket beside the list): each starts Internal. */}
      <CommentComposer
        key={`${ticket.ticket_id}:${draftVersion}`}
        ticketId={ticket.ticket_id}
        draftKey={draftKey}
        contact={ticket.contact_name ? { name: ticket.contact_name, email: ticket.contact_email } : null}
        field={composer}
        onUndone={onUndoneComment}
      />
    </div>
  );
}
