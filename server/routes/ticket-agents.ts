import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf, type ApiUser } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { notifiedTicket, notifyAdditionalAgent, notifyTicketAssigned } from "../awareness/ticket-notifications";
import { ApiError, notFound, parseOrThrow, validationFailed } from "../http/api-error";
import { isUuid, uuid } from "../http/query-params";
import { jsonBodyStrict } from "../http/request-body";
import { checkSuppressionPair } from "../tickets/suppression-flags";
import { loadTicket, type TicketRow } from "../tickets/ticket-record";

const addSchema = z
  .object({
    user_id: uuid(),
    role: z.string().trim().min(1).max(50).default("support"),
    suppressContactNotifications: z.boolean().optional(),
    suppressInternalNotifications: z.boolean().optional(),
  })
  .superRefine(checkSuppressionPair);

interface Person {
  user_id: string;
  first_name: string | null;
  last_name: string | null;
  email: string | null;
}

const fullName = (person: Person) => [person.first_name, person.last_name].filter(Boolean).join(" ");
const actorName = (user: ApiUser) => [user.firstName, user.lastName].filter(Boolean).join(" ");

/** `GET`/`POST /api/v1/tickets/{id}/agents` and `DELETE …/agents/{userId}` with the real server's quirks (awareness §9). */
export function registerTicketAgents(app: FastifyInstance, context: SandboxContext): void {
  const { db } = context;
  const person = async (tenant: string, userId: string) =>
    (await db.query<Person>("SELECT user_id, first_name, last_name, email FROM users WHERE tenant = $1 AND user_id = $2", [tenant, userId]))
      .rows[0];

  /** The agents object of GET and POST: names and e-mail are null for a user that no longer exists. */
  const agentsOf = async (ticketId: string) => {
    const { rows } = await db.query<{ tenant: string; assigned_to: string | null }>(
      "SELECT tenant, assigned_to FROM tickets WHERE ticket_id = $1",
      [ticketId],
    );
    const ticket = rows[0]!;
    const primary = ticket.assigned_to
      ? ((await person(ticket.tenant, ticket.assigned_to)) ?? {
          user_id: ticket.assigned_to,
          first_name: null,
          last_name: null,
          email: null,
        })
      : null;
    const additional = await db.query(
      `SELECT r.additional_user_id AS user_id, u.first_name, u.last_name, u.email, r.assignment_id, r.role, r.assigned_at
       FROM ticket_resources r LEFT JOIN users u ON u.user_id = r.additional_user_id
       WHERE r.ticket_id = $1 AND r.additional_user_id IS NOT NULL ORDER BY r.assigned_at DESC`,
      [ticketId],
    );
    return { data: { ticket_id: ticketId, primary_agent: primary, additional_agents: additional.rows } };
  };

  app.get<{ Params: { id: string } }>("/api/v1/tickets/:id/agents", async (request) => {
    const ticket = await loadTicket(context, apiUserOf(request).tenant, request.params.id);
    return agentsOf(ticket.ticket_id);
  });

  app.post<{ Params: { id: string } }>("/api/v1/tickets/:id/agents", async (request, reply) => {
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    // `req.json()` without a fallback: invalid or empty JSON is a 500 (awareness §9).
    const body = parseOrThrow(addSchema, jsonBodyStrict(request));
    // Neither the user's type nor `is_inactive` is checked.
    const agent = await person(user.tenant, body.user_id);
    if (!agent) throw notFound("User not found");
    const notify = body.suppressInternalNotifications !== true;
    if (!ticket.assigned_to) await makePrimary(ticket, agent, user, notify);
    else await addResource(ticket, agent, body.role, user, notify);
    return reply.code(201).send(await agentsOf(ticket.ticket_id));
  });

  app.delete<{ Params: { id: string; userId: string } }>("/api/v1/tickets/:id/agents/:userId", async (request, reply) => {
    const user = apiUserOf(request);
    const ticket = await loadTicket(context, user.tenant, request.params.id);
    if (!isUuid(request.params.userId)) throw validationFailed([{ path: ["userId"], message: "A valid user ID is required" }]);
    // No event, no notification, no updated_at bump; the primary is never a resource row, so cannot be removed here.
    const { rows } = await db.query(
      "DELETE FROM ticket_resources WHERE ticket_id = $1 AND additional_user_id = $2 RETURNING assignment_id",
      [ticket.ticket_id, request.params.userId],
    );
    if (rows.length === 0) throw notFound("Additional agent not found on this ticket");
    return reply.code(204).send();
  });

  /** A ticket without a primary takes the first agent as its primary: `TICKET_ASSIGNED`, no resource row. */
  async function makePrimary(ticket: TicketRow, agent: Person, actor: ApiUser, notify: boolean): Promise<void> {
    await db.query("UPDATE tickets SET assigned_to = $2, updated_at = now(), updated_by = $3 WHERE ticket_id = $1", [
      ticket.ticket_id,
      agent.user_id,
      actor.userId,
    ]);
    if (!notify) return;
    const { rows } = await db.query<{ priority_name: string }>("SELECT priority_name FROM priorities WHERE priority_id = $1", [
      ticket.priority_id,
    ]);
    await notifyTicketAssigned(db, { ...notifiedTicket(ticket), assigned_to: agent.user_id }, agent.user_id, {
      priority: rows[0]?.priority_name ?? "",
      performedByName: actorName(actor),
    });
  }

  async function addResource(ticket: TicketRow, agent: Person, role: string, actor: ApiUser, notify: boolean): Promise<void> {
    const existing = await db.query("SELECT 1 FROM ticket_resources WHERE ticket_id = $1 AND additional_user_id = $2", [
      ticket.ticket_id,
      agent.user_id,
    ]);
    if (existing.rows.length > 0) throw new ApiError(409, "CONFLICT", "User is already an additional agent on this ticket");
    // The primary may be added as an additional agent too: the real server does not prevent it.
    await db.query(
      "INSERT INTO ticket_resources (tenant, assignment_id, ticket_id, assigned_to, additional_user_id, role) VALUES ($1, $2, $3, $4, $5, $6)",
      [actor.tenant, newId(), ticket.ticket_id, ticket.assigned_to, agent.user_id, role],
    );
    if (!notify) return;
    await notifyAdditionalAgent(
      db,
      notifiedTicket(ticket),
      { id: agent.user_id, name: fullName(agent) },
      { id: actor.userId, name: actorName(actor) },
    );
  }
}
