import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ApiError } from "../../api/errors";
import type { TicketDetail, TicketListItem } from "../../api/schemas/tickets";
import { isTemporaryTicketId } from "../ticket-id";
import { queuedTicketDetail, useQueuedCreate } from "./queued-tickets";
import { useTicketQueries } from "../ticket-queries";
import { rowOnDevice } from "../rows-on-device";

/** A ticket as far as its list row knows it; what the row lacks is empty, not guessed. */
function fromListRow(row: TicketListItem): TicketDetail {
  return {
    ...row,
    url: null,
    contact_name_id: null,
    priority_id: null,
    updated_by: null,
    attributes: null,
    description_html: null,
  };
}

/** Errors that say the ticket is not there for this user: no partial view can stand in for those. */
function isFinal(error: Error | null) {
  return error instanceof ApiError && ["not_found", "forbidden", "validation"].includes(error.kind);
}

/**
 * The ticket for the screen. Until the full ticket arrives, and when it can't (offline, never opened
 * on this device), its row on the device (a list's, or the user's own tickets') stands in, marked `partial`. A ticket
 * created on this device and not on the server yet is what the technician filled in, marked `queued`.
 */
export function useTicket(ticketId: string) {
  const queries = useTicketQueries();
  const queryClient = useQueryClient();
  const temporary = isTemporaryTicketId(ticketId);
  const queued = useQueuedCreate(ticketId);
  // The server has never heard of a temporary id.
  const detail = useQuery({ ...queries.detail(ticketId), enabled: !temporary });
  if (temporary) return { ticket: queued ? queuedTicketDetail(queued) : undefined, partial: false, queued, detail };
  const row = detail.data || isFinal(detail.error) ? null : rowOnDevice(queryClient, queries, ticketId);
  return {
    ticket: detail.data ?? (row ? fromListRow(row) : undefined),
    partial: !detail.data && row !== null,
    queued: null,
    detail,
  };
}
