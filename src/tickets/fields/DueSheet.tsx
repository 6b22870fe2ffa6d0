import { useState } from "react";
import { useT } from "../../i18n/active-language";
import { storedText, type StoredText } from "../../i18n/stored-text";
import type { TicketDetail } from "../../api/schemas/tickets";
import { fromLocalInput, localDateValue } from "../../lib/local-time";
import { Button } from "../../ui/Button";
import { useShownFields } from "./shown-fields";
import { queueChange } from "../changes/use-queue-change";

/** The due date lives in `attributes.due_date`; the outbox rebuilds attributes from the fresh ticket when sending. */
export function DueSheet({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const t = useT();
  const { dueIso } = useShownFields(ticket);
  const date = dueIso ? new Date(dueIso) : null;
  const [value, setValue] = useState(date && !Number.isNaN(date.getTime()) ? localDateValue(date) : "");
  // The label waits in the outbox: stored as its key, written in the language active when shown.
  const save = (due: string | null, label: StoredText) => {
    void queueChange({ kind: "attributes", ticketId: ticket.ticket_id, set: { due_date: due }, label }, ticket.updated_at);
    onDone();
  };
  return (
    <form
      className="sheet-form"
      onSubmit={(event) => {
        event.preventDefault();
        // End of the working day in the user's time zone: "due on the 24th" means by the evening.
        const due = fromLocalInput(`${value}T17:00`);
        if (due !== null) save(new Date(due).toISOString(), storedText("fields.dueDateChanged", { date: value }));
      }}
    >
      <label>
        <span>{t("fields.dueDate")}</span>
        <input className="control" type="date" value={value} onChange={(event) => setValue(event.target.value)} required />
      </label>
      <Button type="submit" disabled={!value}>
        {t("fields.setDueDate")}
      </Button>
      {dueIso ? (
        <Button variant="secondary" onClick={() => save(null, storedText("fields.clearDueDate"))}>
          {t("fields.clearDueDate")}
        </Button>
      ) : null}
    </form>
  );
}
