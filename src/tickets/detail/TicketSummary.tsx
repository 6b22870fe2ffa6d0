import { useMemo, useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { exactTime } from "../../lib/relative-time";
import { Badge } from "../../ui/Badge";
import { priorityTone, statusTone } from "../ticket-badges";
import { sanitizeHtml } from "./sanitize-html";
import "./TicketDetailScreen.css";

export function TicketSummary({ ticket, server }: { ticket: TicketDetail; server: string }) {
  const description = useMemo(() => sanitizeHtml(ticket.description_html ?? ""), [ticket.description_html]);
  const due = ticket.due_date ?? ticket.attributes?.due_date ?? null;
  const facts: [string, string | null | undefined][] = [
    ["Client", ticket.client_name],
    ["Contact", ticket.contact_name],
    ["Assigned to", ticket.assigned_to ? (ticket.assigned_to_name ?? "Assigned") : "Unassigned"],
    ["Created", ticket.entered_at && exactTime(ticket.entered_at)],
    ["Updated", ticket.updated_at && exactTime(ticket.updated_at)],
    ["Due", due && exactTime(due)],
    ["Closed", ticket.closed_at && exactTime(ticket.closed_at)],
  ];
  return (
    <div className="ticket-detail">
      <header className="ticket-detail__header">
        <h2 className="ticket-detail__title" dir="auto">
          {ticket.title || "(no title)"}
        </h2>
        <div className="ticket-detail__tools">
          <CopyNumber number={ticket.ticket_number} />
          <a href={`${server}/msp/tickets/${ticket.ticket_id}`} target="_blank" rel="noopener noreferrer">
            Open in Alga
          </a>
        </div>
        <div className="ticket-detail__badges">
          {ticket.status_name ? (
            <Badge tone={statusTone(ticket.status_is_closed)} prefix="Status:">
              {ticket.status_name}
            </Badge>
          ) : null}
          {ticket.priority_name ? (
            <Badge tone={priorityTone(ticket.priority_name)} prefix="Priority:">
              {ticket.priority_name}
            </Badge>
          ) : null}
        </div>
      </header>
      <dl className="ticket-detail__facts">
        {facts
          .filter((fact): fact is [string, string] => Boolean(fact[1]))
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
        {ticket.contact_phone ? (
          <div>
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${ticket.contact_phone}`}>{ticket.contact_phone}</a>
            </dd>
          </div>
        ) : null}
        {ticket.contact_email ? (
          <div>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${ticket.contact_email}`}>{ticket.contact_email}</a>
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="description-heading" className="ticket-detail__section">
        <h3 id="description-heading">Description</h3>
        {/* Sanitised with DOMPurify just above (sanitize-html.ts). */}
        <div className="ticket-detail__description" dir="auto" dangerouslySetInnerHTML={{ __html: description }} />
      </section>
    </div>
  );
}

function CopyNumber({ number }: { number: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={() =>
        void navigator.clipboard?.writeText(number).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
      aria-label={`Copy ticket number ${number}`}
    >
      {copied ? "Copied" : "Copy number"}
    </button>
  );
}
