/**
 * The English internal-notification templates a technician receives about tickets (awareness contract §3.2).
 * The real server renders them once, in the recipient's language, when the row is written; the sandbox speaks
 * English only. Placeholders are `{{name}}`; a missing value renders as an empty string, as the real renderer does.
 */
export const TICKET_TEMPLATES = {
  "ticket-assigned": {
    title: "Ticket Assigned",
    message: 'Ticket #{{ticketId}} "{{ticketTitle}}" ({{priority}}) has been assigned to you by {{performedByName}}',
  },
  "ticket-additional-agent-assigned": {
    title: "Added to Ticket",
    message: 'You were added as an additional agent on ticket #{{ticketId}} "{{ticketTitle}}" by {{performedByName}}',
  },
  "ticket-additional-agent-added": {
    title: "Agent Added to Ticket",
    message: '{{agentName}} was added as an additional agent on ticket #{{ticketId}} "{{ticketTitle}}" by {{performedByName}}',
  },
  "ticket-status-changed": {
    title: "Ticket Status Changed",
    message: 'Ticket #{{ticketId}} "{{ticketTitle}}" status changed: {{oldStatus}} → {{newStatus}} by {{performedByName}}',
  },
  "ticket-closed": { title: "Ticket Closed", message: 'Ticket #{{ticketId}} "{{ticketTitle}}" has been closed' },
  "ticket-comment-added": {
    title: "New Comment",
    message: '{{authorName}} commented on ticket #{{ticketId}}: "{{commentPreview}}"',
  },
  "user-mentioned-in-comment": {
    title: "You were mentioned in a comment",
    message: "{{commentAuthor}} mentioned you in ticket #{{ticketNumber}}: {{commentPreview}}",
  },
  "sla-warning": {
    title: "SLA Warning",
    message: "Ticket #{{ticketNumber}} has used {{threshold}}% of its {{slaType}} time",
  },
} as const;

export type TicketTemplateName = keyof typeof TICKET_TEMPLATES;

export function renderTemplate(text: string, data: Record<string, string | number>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_match, key: string) => String(data[key] ?? ""));
}

/** A comment's first characters, as the subscriber's preview (one line, at most 100 characters). */
export function commentPreview(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 100 ? `${line.slice(0, 100)}...` : line;
}
