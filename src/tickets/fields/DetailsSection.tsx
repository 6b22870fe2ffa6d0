import { useState } from "react";
import { Link } from "react-router";
import { isTemporaryTicketId } from "../ticket-id";
import { useSession } from "../../auth/session";
import { exactTime } from "../../lib/relative-time";
import { ContactEditor, useShownContact } from "./ContactEditor";
import { mailtoHref, telHref } from "../server-links";
import type { SectionProps } from "../section-props";
import { Watchers } from "./Watchers";
import "./DetailsSection.css";

/** The facts a technician looks up now and then: contact, client, dates, watchers, links. */
export function DetailsSection({ ticket, partial }: SectionProps) {
  const session = useSession()!;
  const contact = useShownContact(ticket);
  const facts: [string, string | null | undefined][] = [
    ["Client", ticket.client_name],
    ["Location", ticket.location_name],
    ["Category", ticket.category_name],
    ["Created", ticket.entered_at && exactTime(ticket.entered_at)],
    ["Updated", ticket.updated_at && exactTime(ticket.updated_at)],
    ["Closed", ticket.closed_at && exactTime(ticket.closed_at)],
  ];
  return (
    <div className="details">
      <dl className="details__facts">
        <div>
          <dt>Contact</dt>
          <dd dir="auto">
            {contact.name ?? "No contact"}
            {contact.mark === "sending" ? <span className="ticket-header__pending"> · not sent yet</span> : null}
            {partial ? null : <ContactEditor ticket={ticket} />}
          </dd>
        </div>
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
      {partial ? null : <Watchers ticket={ticket} />}
      <div className="details__tools">
        {isTemporaryTicketId(ticket.ticket_id) ? null : (
          <>
            <CopyNumber number={ticket.ticket_number} />
            <a href={`${session.server}/msp/tickets/${encodeURIComponent(ticket.ticket_id)}`} target="_blank" rel="noopener noreferrer">
              Open in Alga
            </a>
          </>
        )}
        <Link to={`/tickets/new?from=${encodeURIComponent(ticket.ticket_id)}`}>New ticket for this client</Link>
      </div>
    </div>
  );
}

/** A contact's address or number is linked only when it is one plain value; otherwise it is text. */
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
