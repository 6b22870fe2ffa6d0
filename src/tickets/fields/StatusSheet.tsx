import { useState } from "react";
import type { TicketDetail, TicketStatus } from "../../api/schemas/tickets";
import { Button } from "../../ui/Button";
import { useShownFields } from "./shown-fields";
import { useBoardStatuses } from "./use-board-statuses";
import { queueChange } from "../changes/use-queue-change";

/**
 * Picks a status. Closing a ticket from here asks first, in the sheet, since the client may be told
 * (Resolve… is the way that also writes the resolution note).
 */
export function StatusSheet({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const all = useBoardStatuses(ticket.board_id);
  const { statusId } = useShownFields(ticket);
  const [confirming, setConfirming] = useState<TicketStatus | null>(null);
  const currentlyClosed = all.find((status) => status.status_id === statusId)?.is_closed ?? ticket.status_is_closed ?? false;

  function send(status: TicketStatus) {
    void queueChange({ kind: "status", ticketId: ticket.ticket_id, statusId: status.status_id, label: status.name }, ticket.updated_at, {
      message: `Status → ${status.name}`,
    });
    onDone();
  }

  function choose(status: TicketStatus) {
    if (status.status_id === statusId) return onDone();
    if (status.is_closed && !currentlyClosed) setConfirming(status);
    else send(status);
  }

  if (confirming) {
    return (
      <div className="sheet-confirm" role="group" aria-labelledby="close-question">
        <p id="close-question">Close this ticket as “{confirming.name}”?</p>
        <Button onClick={() => send(confirming)} autoFocus>
          Close ticket
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(null)}>
          Back
        </Button>
      </div>
    );
  }
  if (all.length === 0) {
    return <p>The statuses of this ticket's board are not on this device yet. Try again when you're online.</p>;
  }
  return (
    <ul className="sheet-options" aria-label="Statuses">
      {all.map((status) => (
        <li key={status.status_id}>
          <button type="button" className="sheet-option" aria-current={status.status_id === statusId} onClick={() => choose(status)}>
            <span>{status.name}</span>
            {status.status_id === statusId ? <span>Current</span> : status.is_closed ? <span>Closes the ticket</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
