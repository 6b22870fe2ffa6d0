import { useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { exactTime } from "../../lib/relative-time";
import { Badge } from "../../ui/Badge";
import { priorityTone, statusTone } from "../ticket-badges";
import { mailtoHref, telHref } from "./server-links";
import { ServerHtml } from "./ServerHtml";
import "./TicketDetailScreen.css";

export function TicketSummary({ ticket, server }: { ticket: TicketDetail; server: string }) {
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
          <a href={`${server}/msp/tickets/${encodeURIComponent(ticket.ticket_id)}`} target="_blank" rel="noopener noreferrer">
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
              <ContactLink href={telHref(ticket.contact_phone)} text={ticket.contact_phone} />
            </dd>
          </div>
        ) : null}
        {ticket.contact_email ? (
          <div>
            <dt>Email</dt>
            <dd>
              <ContactLink href={mailtoHref(ticket.contact_email)} text={ticket.contact_email} />
            </dd>
          </div>
        ) : null}
      </dl>
      <section aria-labelledby="description-heading" className="ticket-detail__section">
        <h3 id="description-heading">Description</h3>
        <ServerHtml className="ticket-detail__description" html={ticket.description_html ?? ""} server={server} />
      </section>
    </div>
  );
}

/** A contact's address or number is linked only when it is one plain value (review L4); otherwise it is text. */
function ContactLink({ href, text }: { href: string | null; text: string }) {
  return href ? <a href={href}>{text}</a> : <>{text}</>;
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
