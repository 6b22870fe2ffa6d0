import type { Database } from "../db/database";
import { newId } from "../auth/tokens";
import { visibleText } from "../tickets/rich-text";
import { commentPreview, renderTemplate, TICKET_TEMPLATES, type TicketTemplateName } from "./notification-templates";

/** The web UI's address: ticket links are absolute URLs on it, which may differ from the API's origin (awareness §3.1). */
export const WEB_UI_URL = process.env.ALGA_SANDBOX_WEB_URL ?? "https://psa.example.com";

export interface NotifiedTicket {
  tenant: string;
  ticket_id: string;
  ticket_number: string;
  title: string | null;
  assigned_to: string | null;
}

/** A tickets row as the notifiers need it. */
export function notifiedTicket(row: Record<string, unknown>): NotifiedTicket {
  return {
    tenant: String(row.tenant),
    ticket_id: String(row.ticket_id),
    ticket_number: String(row.ticket_number),
    title: typeof row.title === "string" ? row.title : null,
    assigned_to: typeof row.assigned_to === "string" ? row.assigned_to : null,
  };
}

interface NewNotification {
  template: TicketTemplateName;
  data: Record<string, string | number>;
  type?: "info" | "success" | "warning" | "error";
  category: "tickets" | "messages" | "sla";
  link: string;
  metadata?: Record<string, unknown> | null;
  priority?: "high" | "normal" | "low";
}

const ticketLink = (ticketId: string) => `${WEB_UI_URL}/msp/tickets/${ticketId}`;

async function insertNotification(db: Database, tenant: string, userIds: Iterable<string>, notification: NewNotification): Promise<void> {
  const template = TICKET_TEMPLATES[notification.template];
  for (const userId of userIds) {
    await db.query(
      `INSERT INTO internal_notifications (tenant, internal_notification_id, user_id, template_name, title, message, type, category, link, metadata, priority)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        tenant,
        newId(),
        userId,
        notification.template,
        renderTemplate(template.title, notification.data),
        renderTemplate(template.message, notification.data),
        notification.type ?? "info",
        notification.category,
        notification.link,
        notification.metadata ? JSON.stringify(notification.metadata) : null,
        notification.priority ?? "normal",
      ],
    );
  }
}

/** Primary plus every additional agent, without repeats (awareness §3.2 "Assignees"). Watchers get e-mail only. */
export async function assigneesOf(db: Database, ticket: NotifiedTicket): Promise<Set<string>> {
  const { rows } = await db.query<{ additional_user_id: string }>(
    "SELECT additional_user_id FROM ticket_resources WHERE ticket_id = $1 AND additional_user_id IS NOT NULL",
    [ticket.ticket_id],
  );
  const ids = new Set(rows.map((row) => row.additional_user_id));
  if (ticket.assigned_to) ids.add(ticket.assigned_to);
  return ids;
}

/** Users named by BlockNote mention nodes (`type:"mention"`, `props.userId`); plain-text "@name" notifies nobody. */
export async function mentionedUsers(db: Database, tenant: string, commentText: string): Promise<Set<string>> {
  let document: unknown;
  try {
    document = JSON.parse(commentText);
  } catch {
    return new Set();
  }
  const named = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== "object" || node === null) return;
    const { type, props } = node as { type?: unknown; props?: { userId?: unknown } };
    if (type === "mention" && typeof props?.userId === "string") named.add(props.userId);
    Object.values(node).forEach(visit);
  };
  visit(document);
  if (named.size === 0) return named;
  const { rows } = await db.query<{ user_id: string }>(
    "SELECT user_id FROM users WHERE tenant = $1 AND user_type = 'internal' AND NOT is_inactive AND user_id = ANY($2::uuid[])",
    [tenant, [...named]],
  );
  return new Set(rows.map((row) => row.user_id));
}

export interface AddedComment {
  id: string;
  /** The stored text (plain, markdown or BlockNote JSON). */
  text: string;
  isInternal: boolean;
  /** The author's user id; null for a contact's reply (which the real event falls back to the ticket id for). */
  authorId: string | null;
  authorName: string;
}

/**
 * `TICKET_COMMENT_ADDED` (awareness §3.2): mentioned users get `user-mentioned-in-comment` for internal and public
 * comments alike; for a public comment every other assignee gets `ticket-comment-added`. Never the author.
 */
export async function notifyCommentAdded(db: Database, ticket: NotifiedTicket, comment: AddedComment): Promise<void> {
  // Previews and the mention's text are the words a reader sees, not the stored BlockNote JSON.
  const readable = visibleText(comment.text);
  const preview = commentPreview(readable);
  const mentioned = await mentionedUsers(db, ticket.tenant, comment.text);
  if (comment.authorId) mentioned.delete(comment.authorId);
  await insertNotification(db, ticket.tenant, mentioned, {
    template: "user-mentioned-in-comment",
    data: { commentAuthor: comment.authorName, ticketNumber: ticket.ticket_number, commentPreview: preview },
    category: "messages",
    link: `${ticketLink(ticket.ticket_id)}#comment-${comment.id}`,
    metadata: {
      ticketId: ticket.ticket_id,
      ticketNumber: ticket.ticket_number,
      ticketTitle: ticket.title,
      commentId: comment.id,
      commentText: readable,
      commentPreview: preview,
      commentAuthor: comment.authorName,
      commentAuthorId: comment.authorId ?? ticket.ticket_id,
      contextType: "ticket",
      contextId: ticket.ticket_id,
    },
  });
  if (comment.isInternal) return;
  const recipients = [...(await assigneesOf(db, ticket))].filter((id) => id !== comment.authorId && !mentioned.has(id));
  await insertNotification(db, ticket.tenant, recipients, {
    template: "ticket-comment-added",
    data: { authorName: comment.authorName, ticketId: ticket.ticket_number, commentPreview: preview },
    category: "tickets",
    link: ticketLink(ticket.ticket_id),
    metadata: {
      ticketId: ticket.ticket_id,
      ticketNumber: ticket.ticket_number,
      comment: { id: comment.id, text: comment.text, author: comment.authorName, authorId: comment.authorId, isInternal: false },
    },
  });
}

/** `TICKET_ASSIGNED` (web-UI reassignment): `ticket-assigned` to the new primary, even when they assigned themselves. */
export async function notifyTicketAssigned(
  db: Database,
  ticket: NotifiedTicket,
  newPrimary: string,
  details: { priority: string; performedByName: string },
): Promise<void> {
  await insertNotification(db, ticket.tenant, [newPrimary], {
    template: "ticket-assigned",
    data: { ticketId: ticket.ticket_number, ticketTitle: ticket.title ?? "", ...details },
    category: "tickets",
    link: ticketLink(ticket.ticket_id),
  });
}

/**
 * `TICKET_ADDITIONAL_AGENT_ASSIGNED`: `ticket-additional-agent-assigned` to the added agent, even if self-added, and
 * `ticket-additional-agent-added` to the primary unless the primary added them (awareness §3.2).
 */
export async function notifyAdditionalAgent(
  db: Database,
  ticket: NotifiedTicket,
  agent: { id: string; name: string },
  actor: { id: string; name: string },
): Promise<void> {
  const data = { ticketId: ticket.ticket_number, ticketTitle: ticket.title ?? "", performedByName: actor.name, agentName: agent.name };
  const link = ticketLink(ticket.ticket_id);
  await insertNotification(db, ticket.tenant, [agent.id], {
    template: "ticket-additional-agent-assigned",
    data,
    category: "tickets",
    link,
  });
  if (!ticket.assigned_to || ticket.assigned_to === actor.id) return;
  await insertNotification(db, ticket.tenant, [ticket.assigned_to], {
    template: "ticket-additional-agent-added",
    data,
    category: "tickets",
    link,
  });
}

/** `TICKET_UPDATED` with a new status (web UI): `ticket-status-changed` to every assignee but the actor. */
export async function notifyStatusChanged(
  db: Database,
  ticket: NotifiedTicket,
  actorId: string,
  details: { oldStatus: string; newStatus: string; performedByName: string },
): Promise<void> {
  const recipients = [...(await assigneesOf(db, ticket))].filter((id) => id !== actorId);
  await insertNotification(db, ticket.tenant, recipients, {
    template: "ticket-status-changed",
    data: { ticketId: ticket.ticket_number, ticketTitle: ticket.title ?? "", ...details },
    category: "tickets",
    link: ticketLink(ticket.ticket_id),
  });
}

/**
 * `TICKET_CLOSED`: `ticket-closed` to every assignee but the actor. The v1 API's event names the closer in
 * `closedByUserId`, not `userId`, so nobody is excluded and the closer hears of it too (awareness §3.3).
 */
export async function notifyTicketClosed(db: Database, ticket: NotifiedTicket, excludedActorId: string | null): Promise<void> {
  const recipients = [...(await assigneesOf(db, ticket))].filter((id) => id !== excludedActorId);
  await insertNotification(db, ticket.tenant, recipients, {
    template: "ticket-closed",
    data: { ticketId: ticket.ticket_number, ticketTitle: ticket.title ?? "" },
    type: "success",
    category: "tickets",
    link: ticketLink(ticket.ticket_id),
  });
}

/** An SLA threshold below 100 %: `sla-warning` to the primary, with a relative link (awareness §3.1, §3.2). */
export async function notifySlaWarning(
  db: Database,
  ticket: NotifiedTicket,
  threshold: number,
  slaType: "response" | "resolution",
): Promise<void> {
  if (!ticket.assigned_to) return;
  await insertNotification(db, ticket.tenant, [ticket.assigned_to], {
    template: "sla-warning",
    data: { ticketNumber: ticket.ticket_number, threshold, slaType },
    type: "warning",
    category: "sla",
    link: `/msp/tickets/${ticket.ticket_id}`,
    metadata: { ticket_id: ticket.ticket_id, sla_template: `sla-${slaType}-warning` },
  });
}
