import { useState } from "react";
import { useT } from "../../i18n/active-language";
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
  const t = useT();
  const all = useBoardStatuses(ticket.board_id);
  const { statusId } = useShownFields(ticket);
  const [confirming, setConfirming] = useState<TicketStatus | null>(null);
  const currentlyClosed = all.find((status) => status.status_id === statusId)?.is_closed ?? ticket.status_is_closed ?? false;

  function send(status: TicketStatus) {
    void queueChange({ kind: "status", ticketId: ticket.ticket_id, statusId: status.status_id, label: status.name }, ticket.updated_at, {
      message: t("fields.statusChanged", { status: status.name }),
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
        <p id="close-question">{t("fields.closeQuestion", { status: confirming.name })}</p>
        <Button onClick={() => send(confirming)} autoFocus>
          {t("fields.closeTicket")}
        </Button>
        <Button variant="secondary" onClick={() => setConfirming(null)}>
          {t("fields.back")}
        </Button>
      </div>
    );
  }
  if (all.length === 0) {
    return <p>{t("fields.statusesNotHere")}</p>;
  }
  return (
    <ul className="sheet-options" aria-label={t("fields.statuses")}>
      {all.map((status) => (
        <li key={status.status_id}>
          <button type="button" className="sheet-option" aria-current={status.status_id === statusId} onClick={() => choose(status)}>
            <span>{status.name}</span>
            {status.status_id === statusId ? (
              <span>{t("fields.current")}</span>
            ) : status.is_closed ? (
              <span>{t("fields.closesTicket")}</span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
