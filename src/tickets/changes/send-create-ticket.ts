import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { createTicket, findCreatedTicket } from "../../api/ticket-create";
import type { CreatedIds, SendOutcome } from "../../offline/outbox-types";
import type { QueuedChange } from "./change";
import { CLOCK_SKEW_MS } from "./clock-skew";
import { newTicketBody } from "./new-ticket";

/**
 * Creates a queued new ticket exactly once. The server has no idempotency key (field-kit contract §1.1), so every
 * attempt carries the queued change's id as its request id, and after a lost answer the ticket with that id is
 * looked for before the create is sent again. Resolves the real id, which the outbox puts in every later change of the ticket.
 */
export async function sendCreateTicket(api: ApiClient, item: QueuedChange, userId: string, created: CreatedIds): Promise<SendOutcome> {
  if (item.change.kind !== "createTicket") throw new Error("Not a new ticket");
  const ticket = newTicketBody(item.change.ticket);
  const requestId = item.id;
  const findLanded = () =>
    findCreatedTicket(api, ticket, { requestId, userId, since: item.createdAt - CLOCK_SKEW_MS, claimed: new Set(Object.values(created)) });
  if (item.state === "unknown" || item.state === "sending") {
    const landed = await findLanded();
    if (landed) return { createdTicketId: landed };
  }
  try {
    return { createdTicketId: (await createTicket(api, ticket, requestId)).ticket_id };
  } catch (error) {
    // Accepted, but the answer was unreadable: the id is only on the server.
    if (!(error instanceof ApiError && error.kind === "malformed" && error.status !== null && error.status < 300)) throw error;
    const landed = await findLanded();
    if (landed) return { createdTicketId: landed };
    // Not listed yet: checked again before any re-send, like a lost answer.
    throw new ApiError("server", {
      code: "device.answerUnreadable",
      message: "The new ticket was sent, but the server's answer was unreadable.",
    });
  }
}
