import { errorText } from "../../auth/error-text";
import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useTicketQueries } from "../ticket-queries";
import { useShownFields } from "./shown-fields";
import { queueChange } from "../changes/use-queue-change";

export function PrioritySheet({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const t = useT();
  const priorities = useQuery(useTicketQueries().priorities());
  const { priorityId, priorityName } = useShownFields(ticket);
  if (priorities.isError && !priorities.data)
    return <p role="alert">{t("fields.prioritiesFailed", { error: errorText(priorities.error) })}</p>;
  if (!priorities.data) return <p>{t("fields.loadingPriorities")}</p>;
  // A ticket opened from the list alone knows its priority's name, not its id.
  const current = (id: string, name: string) => (priorityId ? id === priorityId : name === priorityName);
  return (
    <ul className="sheet-options" aria-label={t("fields.priorities")}>
      {priorities.data.map((priority) => (
        <li key={priority.priority_id}>
          <button
            type="button"
            className="sheet-option"
            aria-current={current(priority.priority_id, priority.priority_name)}
            onClick={() => {
              if (!current(priority.priority_id, priority.priority_name))
                void queueChange(
                  { kind: "priority", ticketId: ticket.ticket_id, priorityId: priority.priority_id, label: priority.priority_name },
                  ticket.updated_at,
                );
              onDone();
            }}
          >
            <span>{priority.priority_name}</span>
            {current(priority.priority_id, priority.priority_name) ? <span>{t("fields.current")}</span> : null}
          </button>
        </li>
      ))}
    </ul>
  );
}
