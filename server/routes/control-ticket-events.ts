import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { newId } from "../auth/tokens";
import {
  notifiedTicket,
  notifyAdditionalAgent,
  notifyCommentAdded,
  notifySlaWarning,
  notifyStatusChanged,
  notifyTicketAssigned,
} from "../awareness/ticket-notifications";
import { notFound, validationFailed, zodDetails } from "../http/api-error";
import { isUuid } from "../http/query-params";
import { jsonBodyOrEmpty } from "../http/request-body";
import type { TicketRow } from "../tickets/ticket-record";

/**
 * What happens to a ticket outside the API key's reach — the customer's e-mail, a colleague in the web UI, the
 * SLA job — with the side effects the real server has for each (awareness §3, §5).
 */
const eventSchema = z.discriminatedUnion("kind", [
  // An inbound e-mail reply from the ticket's contact: a public comment, response_state → awaiting_internal,
  // updated_at untouched, `ticket-comment-added` to every assignee. The event's author falls back to the
  // ticket id, so the rendered author is "Someone" [inference, awareness §3.2].
  z.object({ kind: z.literal("email-reply"), text: z.string().min(1) }),
  // A colleague's comment in the web UI; `mentions` (e-mail addresses) become BlockNote mention nodes.
  z.object({
    kind: z.literal("web-comment"),
    by: z.string(),
    text: z.string().min(1),
    internal: z.boolean().default(false),
    mentions: z.array(z.string()).default([]),
  }),
  // A web-UI reassignment: `ticket-assigned` to the new primary.
  z.object({ kind: z.literal("web-assign"), by: z.string(), to: z.string() }),
  // A web-UI status change: `ticket-status-changed` to the assignees but the actor.
  z.object({ kind: z.literal("web-status"), by: z.string(), status: z.string() }),
  // An additional agent added in the web UI: `ticket-additional-agent-assigned` to them.
  z.object({ kind: z.literal("add-agent"), by: z.string(), agent: z.string() }),
  // The SLA job crossing a threshold below 100 %.
  z.object({
    kind: z.literal("sla-warning"),
    threshold: z.number().int().min(1).max(99).default(75),
    slaType: z.enum(["response", "resolution"]).default("response"),
  }),
]);

type TicketEvent = z.infer<typeof eventSchema>;
interface Person {
  user_id: string;
  name: string;
}

export function registerTicketEventControl(app: FastifyInstance, context: SandboxContext): void {
  // `ref` is a ticket id or number (TIC001001), for test code that knows only what the screen shows.
  app.post<{ Params: { ref: string } }>("/__sandbox/tickets/:ref/events", async (request) => {
    const parsed = eventSchema.safeParse(jsonBodyOrEmpty(request));
    if (!parsed.success) throw validationFailed(zodDetails(parsed.error));
    const ticket = await ticketByRef(context, request.params.ref);
    await applyEvent(context, ticket, parsed.data);
    context.log(`control: ticket event ${parsed.data.kind}`);
    return { ok: true };
  });
}

async function ticketByRef(context: SandboxContext, ref: string): Promise<TicketRow> {
  const column = isUuid(ref) ? "ticket_id" : "ticket_number";
  const { rows } = await context.db.query<TicketRow>(`SELECT * FROM tickets WHERE ${column} = $1`, [ref]);
  if (!rows[0]) throw notFound("No such ticket");
  return rows[0];
}

async function person(context: SandboxContext, email: string): Promise<Person> {
  const { rows } = await context.db.query<Person>(
    "SELECT user_id, trim(concat_ws(' ', first_name, last_name)) AS name FROM users WHERE lower(email) = lower($1)",
    [email],
  );
  if (!rows[0]) throw notFound(`No such user: ${email}`);
  return rows[0];
}

async function addComment(
  context: SandboxContext,
  ticket: TicketRow,
  comment: { text: string; internal: boolean; userId: string | null; contactId: string | null; authorType: string },
): Promise<string> {
  const commentId = newId();
  await context.db.query(
    `INSERT INTO comments (tenant, comment_id, ticket_id, user_id, contact_id, note, is_internal, author_type, thread_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $2)`,
    [ticket.tenant, commentId, ticket.ticket_id, comment.userId, comment.contactId, comment.text, comment.internal, comment.authorType],
  );
  return commentId;
}

async function applyEvent(context: SandboxContext, ticket: TicketRow, event: TicketEvent): Promise<void> {
  const { db } = context;
  const notified = notifiedTicket(ticket);
  switch (event.kind) {
    case "email-reply": {
      const contactId = typeof ticket.contact_name_id === "string" ? ticket.contact_name_id : null;
      const id = await addComment(context, ticket, { text: event.text, internal: false, userId: null, contactId, authorType: "contact" });
      await db.query("UPDATE tickets SET response_state = 'awaiting_internal' WHERE ticket_id = $1", [ticket.ticket_id]);
      return notifyCommentAdded(db, notified, { id, text: event.text, isInternal: false, authorId: null, authorName: "Someone" });
    }
    case "web-comment": {
      const author = await person(context, event.by);
      const mentioned = await Promise.all(event.mentions.map((email) => person(context, email)));
      const text =
        mentioned.length === 0
          ? event.text
          : JSON.stringify([
              {
                type: "paragraph",
                content: [
                  ...mentioned.map((user) => ({ type: "mention", props: { userId: user.user_id, username: user.name } })),
                  { type: "text", text: ` ${event.text}` },
                ],
              },
            ]);
      const id = await addComment(context, ticket, {
        text,
        internal: event.internal,
        userId: author.user_id,
        contactId: null,
        authorType: "internal",
      });
      // A staff member's public comment in the web UI waits for the client; updated_at stays (awareness §5).
      if (!event.internal) await db.query("UPDATE tickets SET response_state = 'awaiting_client' WHERE ticket_id = $1", [ticket.ticket_id]);
      return notifyCommentAdded(db, notified, { id, text, isInternal: event.internal, authorId: author.user_id, authorName: author.name });
    }
    case "web-assign": {
      const [actor, assignee] = [await person(context, event.by), await person(context, event.to)];
      await db.query("UPDATE tickets SET assigned_to = $2, updated_at = now(), updated_by = $3 WHERE ticket_id = $1", [
        ticket.ticket_id,
        assignee.user_id,
        actor.user_id,
      ]);
      const { rows } = await db.query<{ priority_name: string | null }>("SELECT priority_name FROM priorities WHERE priority_id = $1", [
        ticket.priority_id,
      ]);
      return notifyTicketAssigned(db, { ...notified, assigned_to: assignee.user_id }, assignee.user_id, {
        priority: rows[0]?.priority_name ?? "",
        performedByName: actor.name,
      });
    }
    case "web-status": {
      const actor = await person(context, event.by);
      const { rows } = await db.query<{ status_id: string; name: string; is_closed: boolean }>(
        "SELECT status_id, name, is_closed FROM statuses WHERE board_id = $1 AND lower(name) = lower($2)",
        [ticket.board_id, event.status],
      );
      const status = rows[0];
      if (!status) throw notFound(`No status ${event.status} on the ticket's board`);
      const old = await db.query<{ name: string }>("SELECT name FROM statuses WHERE status_id = $1", [ticket.status_id]);
      await db.query("UPDATE tickets SET status_id = $2, is_closed = $3, updated_at = now(), updated_by = $4 WHERE ticket_id = $1", [
        ticket.ticket_id,
        status.status_id,
        status.is_closed,
        actor.user_id,
      ]);
      return notifyStatusChanged(db, notified, actor.user_id, {
        oldStatus: old.rows[0]?.name ?? "",
        newStatus: status.name,
        performedByName: actor.name,
      });
    }
    case "add-agent": {
      const [actor, agent] = [await person(context, event.by), await person(context, event.agent)];
      await db.query(
        `INSERT INTO ticket_resources (tenant, assignment_id, ticket_id, assigned_to, additional_user_id) VALUES ($1, $2, $3, $4, $5)`,
        [ticket.tenant, newId(), ticket.ticket_id, ticket.assigned_to, agent.user_id],
      );
      return notifyAdditionalAgent(db, notified, { id: agent.user_id, name: agent.name }, { id: actor.user_id, name: actor.name });
    }
    case "sla-warning":
      return notifySlaWarning(db, notified, event.threshold, event.slaType);
  }
}
