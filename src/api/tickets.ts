import type { ApiClient } from "./client";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";
import { ticketDetailSchema, ticketListItemSchema, ticketStatsSchema } from "./schemas/tickets";

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
}

const listEnvelope = paginatedEnvelope(ticketListItemSchema);

export function listTickets(api: ApiClient, query: TicketListQuery, signal?: AbortSignal) {
  return api.request("api/v1/tickets", { query: { ...query, fields: "mobile_list" }, schema: listEnvelope, signal });
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
