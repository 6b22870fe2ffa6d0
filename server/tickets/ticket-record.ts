import type { SandboxContext } from "../context";
import { ApiError, notFound } from "../http/api-error";
import { isUuid } from "../http/query-params";
import { renderRichText } from "./rich-text";

export type TicketRow = Record<string, unknown> & {
  ticket_id: string;
  board_id: string;
  status_id: string | null;
  attributes: Record<string, unknown> | null;
};

/** The checks every `/tickets/{id}` route makes first: id format, then existence in the tenant. */
export async function loadTicket(context: SandboxContext, tenant: string, ticketId: string): Promise<TicketRow> {
  if (!isUuid(ticketId)) throw new ApiError(400, "VALIDATION_ERROR", "Invalid ticket ID format");
  const { rows } = await context.db.query<TicketRow>("SELECT * FROM tickets WHERE ticket_id = $1 AND tenant = $2", [ticketId, tenant]);
  const ticket = rows[0];
  // Lower-case "ticket": the message of the real read-authorization helper (contract §6).
  if (!ticket) throw notFound("ticket not found");
  return ticket;
}

/** The tickets row plus description_html, as the update routes answer (contract §8.3–§8.5). */
export function withDescriptionHtml<T extends { attributes: Record<string, unknown> | null }>(row: T): T & { description_html: string } {
  const description = row.attributes?.description;
  return { ...row, description_html: renderRichText(typeof description === "string" ? description : null) };
}
