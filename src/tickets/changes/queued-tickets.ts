import { t } from "../../i18n/active-language";
import { useMemo } from "react";
import type { TicketDetail, TicketListItem } from "../../api/schemas/tickets";
import type { Change, QueuedChange } from "./change";
import { useOutboxQueue } from "./ticket-outbox";

type QueuedCreate = QueuedChange & { change: Extract<Change, { kind: "createTicket" }> };

const isCreate = (item: QueuedChange): item is QueuedCreate => item.change.kind === "createTicket";

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The description as the server would render plain text: paragraphs and line breaks. */
function plainTextHtml(text: string): string | null {
  if (!text.trim()) return null;
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>")}</p>`)
    .join("");
}

/** The ticket as the technician filled it in, for its screen until the server has it. */
export function queuedTicketDetail({ change, createdAt }: QueuedCreate): TicketDetail {
  const { ticket } = change;
  const at = new Date(createdAt).toISOString();
  return {
    ticket_id: change.ticketId,
    // Not created yet: no number, so what it is called where a number would be.
    ticket_number: t("changes.newTicket"),
    title: ticket.title,
    url: null,
    board_id: ticket.board.id,
    client_id: ticket.client.id,
    contact_name_id: ticket.contact?.id ?? null,
    location_id: ticket.location?.id ?? null,
    status_id: ticket.status.id,
    priority_id: ticket.priority.id,
    category_id: ticket.category?.id ?? null,
    assigned_to: ticket.assignee?.id ?? null,
    entered_by: null,
    entered_at: at,
    updated_at: null,
    closed_at: null,
    attributes: ticket.description ? { description: ticket.description } : null,
    client_name: ticket.client.name,
    contact_name: ticket.contact?.name ?? null,
    location_name: ticket.location?.name ?? null,
    board_name: ticket.board.name,
    status_name: ticket.status.name,
    priority_name: ticket.priority.name,
    category_name: ticket.category?.name ?? null,
    assigned_to_name: ticket.assignee?.name ?? null,
    description_html: plainTextHtml(ticket.description),
  };
}

function listRow(item: QueuedCreate): TicketListItem {
  const detail = queuedTicketDetail(item);
  return {
    ticket_id: detail.ticket_id,
    ticket_number: t("changes.newTicket"),
    title: detail.title,
    status_id: detail.status_id,
    status_name: detail.status_name ?? null,
    status_is_closed: null,
    priority_name: detail.priority_name ?? null,
    assigned_to_name: detail.assigned_to_name ?? null,
    client_name: detail.client_name ?? null,
    contact_name: detail.contact_name ?? null,
    updated_at: null,
    entered_at: detail.entered_at,
    closed_at: null,
    tags: [],
    entered_by: null,
    assigned_to: detail.assigned_to,
    client_id: detail.client_id,
    board_id: detail.board_id,
    assigned_team_id: null,
  };
}

/** Tickets created on this device that the server does not have yet, newest first, with their queue state. */
export function useQueuedTickets(): { row: TicketListItem; item: QueuedChange }[] {
  const queue = useOutboxQueue();
  return useMemo(
    () =>
      queue
        .filter(isCreate)
        .map((item) => ({ row: listRow(item), item }))
        .reverse(),
    [queue],
  );
}

/** The queued create of a ticket not created yet, if this device has it. */
export function useQueuedCreate(ticketId: string): QueuedCreate | null {
  const queue = useOutboxQueue();
  return queue.find((item): item is QueuedCreate => isCreate(item) && item.change.ticketId === ticketId) ?? null;
}
