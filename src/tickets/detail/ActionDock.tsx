import { useEffect, useRef, type RefObject } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { TimerControls } from "../timer/TimerControls";
import { CommentComposer } from "../conversation/CommentComposer";
import { useShownFields } from "../fields/shown-fields";
import type { SheetName } from "./sheet-name";
import { useBoardStatuses } from "../fields/use-board-statuses";
import { queueChange } from "../changes/use-queue-change";
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

/** The bar at the bottom of a ticket: the most frequent actions and the composer, always under the thumb. */
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
  const dock = useRef<HTMLDivElement>(null);
  useDockPlacement(dock);
  const session = useSession()!;
  const { assignedTo, statusId } = useShownFields(ticket);
  const statuses = useBoardStatuses(ticket.board_id);
  const closed = statuses.find((status) => status.status_id === statusId)?.is_closed ?? ticket.status_is_closed ?? false;
  const mine = assignedTo === session.user.id;
  return (
    <div className="action-dock" ref={dock}>
      <div className="action-dock__actions">
        <TimerControls ticket={ticket} openSheet={openSheet} />
        <Button onClick={() => openSheet("time")} aria-haspopup="dialog">
          <span aria-hidden="true">+</span> Log time
        </Button>
        <Button variant="secondary" onClick={() => openSheet(closed ? "status" : "resolve")} aria-haspopup="dialog">
          {closed ? "Reopen…" : "Resolve…"}
        </Button>
        {/* Only when it would change something: a row of actions must fit a 360 px phone. */}
        {mine ? null : (
          <Button
            variant="secondary"
            onClick={() =>
              void queueChange(
                { kind: "assignment", ticketId: ticket.ticket_id, assignedTo: session.user.id, label: session.user.name ?? "Me" },
                ticket.updated_at,
                { message: "Assigned to you" },
              )
            }
          >
            Assign me
          </Button>
        )}
      </div>
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
