import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope } from "./schemas/envelopes";
import { ticketAgentsSchema } from "./schemas/ticket-agents";

const agentsEnvelope = dataEnvelope(ticketAgentsSchema);
const agentsPath = (ticketId: string) => `api/v1/tickets/${encodeURIComponent(ticketId)}/agents`;

/** The primary and the additional agents, newest first (awareness §9). */
export async function getTicketAgents(api: ApiClient, ticketId: string, signal?: AbortSignal) {
  const { data } = await api.request(agentsPath(ticketId), { schema: agentsEnvelope, signal });
  return data;
}

/**
 * Not idempotent: a second add is a 409, and on a ticket without a primary the user becomes its primary instead
 * (awareness §9). Callers look the agents up before sending again after a lost answer.
 */
export async function addTicketAgent(api: ApiClient, ticketId: string, userId: string) {
  const { data } = await api.request(agentsPath(ticketId), { method: "POST", body: { user_id: userId }, schema: agentsEnvelope });
  return data;
}

/** 204, notifies nobody; an agent no longer on the ticket is a 404 (awareness §9). */
export async function removeTicketAgent(api: ApiClient, ticketId: string, userId: string) {
  await api.request(`${agentsPath(ticketId)}/${encodeURIComponent(userId)}`, { method: "DELETE", schema: z.unknown() });
}
