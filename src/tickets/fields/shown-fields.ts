import type { TicketDetail } from "../../api/schemas/tickets";
import { useT } from "../../i18n/active-language";
import { useDeliveredChanges, useOutboxQueue } from "../changes/ticket-outbox";
import { fieldState } from "../changes/pending-value";

/** What the four chips show: the user's latest value while it is on its way, the server's otherwise. */
export function useShownFields(ticket: TicketDetail) {
  const t = useT();
  const queue = useOutboxQueue();
  const delivered = useDeliveredChanges();
  const status = fieldState(queue, delivered, ticket, "status");
  const priority = fieldState(queue, delivered, ticket, "priority");
  const assignee = fieldState(queue, delivered, ticket, "assignment");
  const due = fieldState(queue, delivered, ticket, "attributes", (change) => "due_date" in change.set);
  const dueIso = due.change ? (due.change.set.due_date ?? null) : (ticket.attributes?.due_date ?? ticket.due_date ?? null);
  return {
    status,
    statusId: status.change?.statusId ?? ticket.status_id ?? "",
    statusName: status.change?.label ?? ticket.status_name ?? t("fields.noStatus"),
    priority,
    priorityId: priority.change?.priorityId ?? ticket.priority_id ?? "",
    priorityName: priority.change?.label ?? ticket.priority_name ?? t("fields.noPriority"),
    assignee,
    assignedTo: assignee.change ? assignee.change.assignedTo : ticket.assigned_to,
    assigneeName: assignee.change
      ? assignee.change.assignedTo
        ? assignee.change.label
        : t("fields.unassigned")
      : ticket.assigned_to
        ? (ticket.assigned_to_name ?? t("fields.assigned"))
        : t("fields.unassigned"),
    due,
    dueIso,
  };
}
