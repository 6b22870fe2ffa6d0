import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { listTicketDocuments } from "../documents/ticket-documents";
import { startPendingSla } from "../tickets/sla-start";
import { TICKET_JOINS, fullNameOf } from "../tickets/ticket-joins";
import { loadTicket, withDescriptionHtml, type TicketRow } from "../tickets/ticket-record";

// Location fields come from the ticket's location, else the client's default location (contract §6.2).
const DETAIL_SQL = `
  SELECT t.*, c.client_name, COALESCE(l.location_name, dl.location_name) AS location_name,
    COALESCE(l.email, dl.email) AS client_email, COALESCE(l.phone, dl.phone) AS client_phone,
    ct.full_name AS contact_name, ct.email AS contact_email, ct.phone_number AS contact_phone,
    s.name AS status_name, s.is_closed AS status_is_closed, p.priority_name, cat.category_name,
    ${fullNameOf("au")} AS assigned_to_name
  FROM tickets t ${TICKET_JOINS}
  LEFT JOIN client_locations l ON l.location_id = t.location_id
  LEFT JOIN client_locations dl ON dl.client_id = t.client_id AND dl.is_default
  WHERE t.ticket_id = $1 AND t.tenant = $2`;

/** `GET /api/v1/tickets/{id}` (contract §6). */
export function registerTicketDetail(app: FastifyInstance, context: SandboxContext): void {
  app.get<{ Params: { id: string } }>("/api/v1/tickets/:id", async (request) => {
    const user = apiUserOf(request);
    await loadTicket(context, user.tenant, request.params.id);
    await startPendingSla(context, request.params.id);
    const { rows } = await context.db.query<TicketRow>(DETAIL_SQL, [request.params.id, user.tenant]);
    const ticket = rows[0];
    return {
      data: ticket && {
        ...withDescriptionHtml(ticket),
        documents: await listTicketDocuments(context.db, user.tenant, ticket.ticket_id),
        contact_avatar_url: null,
        client_logo_url: null,
      },
    };
  });
}
