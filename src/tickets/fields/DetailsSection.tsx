import { useState } from "react";
import { useT } from "../../i18n/active-language";
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
  const t = useT();
  const session = useSession()!;
  const contact = useShownContact(ticket);
  const facts: [string, string | null | undefined][] = [
    [t("fields.client"), ticket.client_name],
    [t("fields.location"), ticket.location_name],
    [t("fields.category"), ticket.category_name],
    [t("fields.created"), ticket.entered_at && exactTime(ticket.entered_at)],
    [t("fields.updated"), ticket.updated_at && exactTime(ticket.updated_at)],
    [t("fields.closed"), ticket.closed_at && exactTime(ticket.closed_at)],
  ];
  return (
    <div className="details">
      <dl className="details__facts">
        <div>
          <dt>{t("fields.contact")}</dt>
          <dd dir="auto">
            {contact.name ?? t("fields.noContact")}
            {contact.mark === "sending" ? <span className="ticket-header__pending"> · {t("fields.notSentYet")}</span> : null}
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
            <dt>{t("fields.phone")}</dt>
            <dd>
              <ContactLink href={telHref(ticket.contact_phone)} text={ticket.contact_phone} />
            </dd>
          </div>
        ) : null}
        {ticket.contact_email ? (
          <div>
            <dt>{t("fields.email")}</dt>
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
              {t("fields.openInAlga")}
            </a>
          </>
        )}
        <Link to={`/tickets/new?from=${encodeURIComponent(ticket.ticket_id)}`}>{t("fields.newTicketForClient")}</Link>
      </div>
    </div>
  );
}

/** A contact's address or number is linked only when it is one plain value; otherwise it is text. */
function ContactLink({ href, text }: { href: string | null; text: string }) {
  return href ? <a href={href}>{text}</a> : <>{text}</>;
}

function CopyNumber({ number }: { number: string }) {
  const t = useT();
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
      aria-label={t("fields.copyNumberLabel", { number })}
    >
      {copied ? t("fields.copied") : t("fields.copyNumber")}
    </button>
  );
}
