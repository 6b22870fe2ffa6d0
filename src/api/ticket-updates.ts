import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope } from "./schemas/envelopes";
import type { TicketAttributes } from "./schemas/tickets";

// The PUT answers carry the raw row, captured before close bookkeeping (contract §8.3): the app
// refetches the ticket instead of trusting them, so only the id is read here.
const rowEnvelope = dataEnvelope(z.object({ ticket_id: z.string() }));

function ticketPath(ticketId: string, tail = "") {
  return `api/v1/tickets/${encodeURIComponent(ticketId)}${tail}`;
}

export function updateStatus(api: ApiClient, ticketId: string, statusId: string) {
  return api.request(ticketPath(ticketId, "/status"), { method: "PUT", body: { status_id: statusId }, schema: rowEnvelope });
}

/** `null` unassigns (only this endpoint accepts it; PUT /tickets/{id} does not). */
export function updateAssignment(api: ApiClient, ticketId: string, assignedTo: string | null) {
  return api.request(ticketPath(ticketId, "/assignment"), { method: "PUT", body: { assigned_to: assignedTo }, schema: rowEnvelope });
}

export interface TicketFieldUpdate {
  priority_id?: string;
  /** Stored as sent, even blank (fieldkit §2.1): trim and check it first. */
  title?: string;
  /** `null` clears the contact; it is not checked against the ticket's client. */
  contact_name_id?: string | null;
  /** Replaces the whole attributes object on the server (contract §8.5): always send a complete one. */
  attributes?: TicketAttributes;
}

export function updateTicket(api: ApiClient, ticketId: string, update: TicketFieldUpdate) {
  return api.request(ticketPath(ticketId), { method: "PUT", body: update, schema: rowEnvelope });
}
