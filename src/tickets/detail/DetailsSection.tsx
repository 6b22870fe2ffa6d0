import { useState } from "react";
import { useSession } from "../../auth/session";
import { exactTime } from "../../lib/relative-time";
import type { SectionProps } from "./TicketSections";
import { Watchers } from "./Watchers";
import "./DetailsSection.css";

/** The facts a technician looks up now and then: contact, client, dates, watchers, links. */
export function DetailsSection({ ticket, partial }: SectionProps) {
  const session = useSession()!;
  const facts: [string, string | null | undefined][] = [
    ["Client", ticket.client_name],
    ["Contact", ticket.contact_name],
    ["Location", ticket.location_name],
    ["Category", ticket.category_name],
    ["Created", ticket.entered_at && exactTime(ticket.entered_at)],
    ["Updated", ticket.updated_at && exactTime(ticket.updated_at)],
    ["Closed", ticket.closed_at && exactTime(ticket.closed_at)],
  ];
  return (
    <div className="details">
      <dl className="details__facts">
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
      {partial ? null : <Watchers ticket={ticket} />}
      <div className="details__tools">
        <CopyNumber number={ticket.ticket_number} />
        <a href={`${session.server}/msp/tickets/${ticket.ticket_id}`} target="_blank" rel="noopener noreferrer">
          Open in Alga
        </a>
      </div>
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
