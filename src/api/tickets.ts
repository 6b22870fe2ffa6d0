import type { ApiClient } from "./client";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";
import * as z from "zod/mini";
import { ticketDetailSchema, ticketListItemSchema, ticketPrioritySchema, ticketStatsSchema, ticketStatusSchema } from "./schemas/tickets";

export interface TicketListQuery {
  page: number;
  limit: number;
  sort: string;
  order: "asc" | "desc";
  search?: string;
  is_open?: true;
  is_closed?: true;
  has_assignment?: boolean;
  assigned_to?: string;
  status_name?: string;
  priority_name?: string;
  updated_from?: string;
  /** Tag texts, comma-separated: a ticket with any of them matches (fieldkit §6.7). */
  tags?: string;
  /** Asks for the full rows, which carry the SLA columns but no tags, instead of `fields=mobile_list`. */
  withSla?: true;
}

const listEnvelope = paginatedEnvelope(ticketListItemSchema);

export function listTickets(api: ApiClient, { withSla, ...query }: TicketListQuery, signal?: AbortSignal) {
  return api.request("api/v1/tickets", { query: withSla ? query : { ...query, fields: "mobile_list" }, schema: listEnvelope, signal });
}

const detailEnvelope = dataEnvelope(ticketDetailSchema);

export async function getTicket(api: ApiClient, ticketId: string, signal?: AbortSignal) {
  const { data } = await api.request(`api/v1/tickets/${encodeURIComponent(ticketId)}`, { schema: detailEnvelope, signal });
  return data;
}

const statsEnvelope = dataEnvelope(ticketStatsSchema);

export async function getTicketStats(api: ApiClient, signal?: AbortSignal) {
  const { data } = await api.request("api/v1/tickets/stats", { schema: statsEnvelope, signal });
  return data;
}

const statusesEnvelope = dataEnvelope(z.array(ticketStatusSchema));

/** Statuses belong to boards: a ticket can only move to one of its own board's (contract §8.1). */
export async function listStatuses(api: ApiClient, boardId?: string, signal?: AbortSignal) {
  const { data } = await api.request("api/v1/tickets/statuses", { query: { board_id: boardId }, schema: statusesEnvelope, signal });
  return data;
}

const prioritiesEnvelope = dataEnvelope(z.array(ticketPrioritySchema));

export async function listPriorities(api: ApiClient, signal?: AbortSignal) {
  const { data } = await api.request("api/v1/tickets/priorities", { schema: prioritiesEnvelope, signal });
  return data;
}
