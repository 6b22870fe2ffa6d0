import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useState } from "react";
import type { LocationAddress } from "../../api/schemas/contact-card";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { addressLines, cardEmail, cardPhone, directionsUrl, ticketLocation } from "./contact-card";
import { FORBIDDEN, useContactQueries } from "./contact-queries";
import { rememberCall } from "./pending-call";
import "./ContactCard.css";

/**
 * Who to call, write to and drive to for this ticket (awareness §8): the contact's details and the location's
 * address from the cache when offline. Whatever is refused (403) or missing is one plain line, never an error.
 */
export function ContactCard({ ticket }: { ticket: TicketDetail }) {
  const queries = useContactQueries();
  const session = useSession()!;
  const contactQuery = useQuery({ ...queries.contact(ticket.contact_name_id ?? ""), enabled: Boolean(ticket.contact_name_id) });
  const addressQuery = useQuery({ ...queries.addresses(ticket.client_id ?? ""), enabled: Boolean(ticket.client_id) });
  // Loaded with the card, so a call made where there is no signal can still be logged with its type.
  useQuery(queries.interactionTypes());
  const contact = contactQuery.data && contactQuery.data !== FORBIDDEN ? contactQuery.data : null;
  const addresses = addressQuery.data;
  const location = Array.isArray(addresses) ? ticketLocation(addresses, ticket.location_id) : null;
  const phone = cardPhone(contact, ticket.contact_phone, location);
  const email = cardEmail(contact, ticket);
  const name = contact?.full_name ?? ticket.contact_name;
  const t = useT();

  const startCall = () =>
    rememberCall(...sessionScope(session), ticket.ticket_id, {
      startedAt: new Date().toISOString(),
      contactId: ticket.contact_name_id,
      contactName: name ?? null,
      clientId: ticket.client_id,
    });

  return (
    <div className="contact-card">
      <p className="contact-card__who">
        <strong dir="auto">{name || t("contact.noContact")}</strong>
        {ticket.client_name ? (
          <span className="contact-card__client" dir="auto">
            {ticket.client_name}
          </span>
        ) : null}
      </p>
      <h3 className="contact-card__heading">{t("contact.phone")}</h3>
      {phone?.href ? (
        <a className="button button--primary contact-card__action" href={phone.href} onClick={startCall}>
          {t("contact.call", { number: phone.text })}
        </a>
      ) : phone ? (
        <p className="contact-card__line">
          <span dir="auto">{phone.text}</span>
          <span className="contact-card__note"> {t("contact.notCallable")}</span>
        </p>
      ) : (
        <p className="contact-card__line">{t("contact.noPhone")}</p>
      )}
      <h3 className="contact-card__heading">{t("contact.email")}</h3>
      {email ? (
        <a className="button button--secondary contact-card__action" href={`mailto:${email}`}>
          {t("contact.writeTo", { email })}
        </a>
      ) : (
        <p className="contact-card__line">{t("contact.noEmail")}</p>
      )}
      <h3 className="contact-card__heading">
        {location?.location_name ? t("contact.addressAt", { location: location.location_name }) : t("contact.address")}
      </h3>
      <Address
        location={location}
        state={
          !ticket.client_id
            ? "no client"
            : addresses === FORBIDDEN
              ? "forbidden"
              : addresses
                ? "loaded"
                : addressQuery.isError
                  ? "failed"
                  : addressQuery.fetchStatus === "paused"
                    ? "offline"
                    : "loading"
        }
      />
    </div>
  );
}

const ADDRESS_LINES: Record<string, MessageKey> = {
  "no client": "contact.addressNoClient",
  forbidden: "contact.addressForbidden",
  failed: "contact.addressFailed",
  offline: "contact.addressOffline",
  loading: "contact.addressLoading",
};

function Address({ location, state }: { location: LocationAddress | null; state: string }) {
  const [copied, setCopied] = useState<MessageKey | null>(null);
  const t = useT();
  if (state !== "loaded") return <p className="contact-card__line">{t(ADDRESS_LINES[state]!)}</p>;
  const lines = location ? addressLines(location) : [];
  if (lines.length === 0) return <p className="contact-card__line">{t("contact.noAddress")}</p>;
  const copy = () =>
    navigator.clipboard.writeText(lines.join("\n")).then(
      () => setCopied("contact.copied"),
      () => setCopied("contact.copyFailed"),
    );
  return (
    <>
      <address className="contact-card__address" dir="auto">
        {lines.map((line) => (
          <span key={line}>{line}</span>
        ))}
      </address>
      {location?.address_line1 ? null : <p className="contact-card__note">{t("contact.noStreet")}</p>}
      <div className="contact-card__row">
        {location?.address_line1 ? (
          <a
            className="button button--secondary"
            href={directionsUrl(lines, navigator.userAgent, navigator.maxTouchPoints)}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("contact.directions")}
          </a>
        ) : null}
        <Button variant="secondary" onClick={() => void copy()}>
          {t("contact.copyAddress")}
        </Button>
      </div>
      <p className="contact-card__note" role="status">
        {copied ? t(copied) : null}
      </p>
    </>
  );
}
