import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { addTicketAgent, getTicketAgents, removeTicketAgent } from "../../api/ticket-agents";
import type { TicketAgents } from "../../api/schemas/ticket-agents";
import type { Change } from "./change";

/** On the ticket in any role: the first agent of an unassigned ticket becomes its primary (awareness §9). */
export function isOnTicket(agents: TicketAgents, userId: string): boolean {
  return agents.primary_agent?.user_id === userId || agents.additional_agents.some((agent) => agent.user_id === userId);
}

/**
 * The add is not idempotent (awareness §9): after a lost answer the agents are looked up first, and a 409
 * "already an additional agent" means an earlier attempt landed.
 */
export async function sendAgentAdd(api: ApiClient, change: Extract<Change, { kind: "agentAdd" }>, outcomeUnknown: boolean): Promise<void> {
  if (outcomeUnknown && isOnTicket(await getTicketAgents(api, change.ticketId), change.userId)) return;
  try {
    await addTicketAgent(api, change.ticketId, change.userId);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "conflict") return;
    throw error;
  }
}

/**
 * A 404 answers both "no such agent" (an earlier attempt landed) and "no such ticket": it counts as done only
 * when the ticket is still there without the agent.
 */
export async function sendAgentRemove(api: ApiClient, change: Extract<Change, { kind: "agentRemove" }>): Promise<void> {
  try {
    await removeTicketAgent(api, change.ticketId, change.userId);
  } catch (error) {
    if (!(error instanceof ApiError && error.kind === "not_found")) throw error;
    // The look-up's own failure stands: a ticket that is gone is refused, a network failure is retried.
    const agents = await getTicketAgents(api, change.ticketId);
    if (agents.additional_agents.some((agent) => agent.user_id === change.userId)) throw error;
  }
}
