import { errorText } from "../../auth/error-text";
import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import { useDeferredValue, useId, useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { Sheet } from "../../ui/Sheet";
import { useDeliveredChanges, useOutboxQueue } from "../changes/ticket-outbox";
import { useReferenceQueries } from "../reference-queries";
import { fieldState } from "../changes/pending-value";
import { queueChange } from "../changes/use-queue-change";
import "../TicketEdits.css";

/** The contact as shown: the technician's choice while it is on its way. */
export function useShownContact(ticket: TicketDetail) {
  const state = fieldState(useOutboxQueue(), useDeliveredChanges(), ticket, "contact");
  if (!state.change) return { id: ticket.contact_name_id, name: ticket.contact_name ?? null, mark: state.mark };
  return { id: state.change.contactId, name: state.change.contactId ? state.change.label : null, mark: state.mark };
}

/** "Change" beside the contact, and a searchable picker of the client's contacts. */
export function ContactEditor({ ticket }: { ticket: TicketDetail }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="details__change"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label={t("fields.changeContact")}
      >
        {t("fields.change")}
      </button>
      <Sheet open={open} onClose={() => setOpen(false)} title={t("fields.contact")}>
        <ContactPicker ticket={ticket} onDone={() => setOpen(false)} />
      </Sheet>
    </>
  );
}

function ContactPicker({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const t = useT();
  const refs = useReferenceQueries();
  const current = useShownContact(ticket);
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const clientId = ticket.client_id ?? undefined;
  // The create form's contacts, fresher: a contact added to the client today should be found here.
  const contacts = useQuery({ ...refs.contacts(clientId, deferred), staleTime: 5 * 60_000 });
  const fieldId = useId();

  function pick(contactId: string | null, name: string) {
    if (contactId !== current.id)
      void queueChange({ kind: "contact", ticketId: ticket.ticket_id, contactId, label: name }, ticket.updated_at);
    onDone();
  }

  return (
    <div className="sheet-form">
      <label htmlFor={fieldId}>
        {ticket.client_name ? t("fields.findContactOf", { client: ticket.client_name }) : t("fields.findContact")}
      </label>
      <input
        id={fieldId}
        type="search"
        data-autofocus
        className="control"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder={t("fields.nameOrEmail")}
        autoComplete="off"
      />
      {contacts.isError && !contacts.data ? <p role="alert">{t("fields.contactsFailed", { error: errorText(contacts.error) })}</p> : null}
      <ul className="sheet-options" aria-label={t("fields.contacts")} aria-busy={contacts.isFetching}>
        {(contacts.data ?? []).map((contact) => (
          <li key={contact.contact_name_id}>
            <button
              type="button"
              className="sheet-option"
              aria-current={contact.contact_name_id === current.id}
              onClick={() => pick(contact.contact_name_id, contact.full_name)}
            >
              <span dir="auto">{contact.full_name}</span>
              {contact.email ? <span className="sheet-option__note">{contact.email}</span> : null}
            </button>
          </li>
        ))}
        {contacts.data?.length === 0 ? <li>{t("fields.noContactMatches", { text: deferred })}</li> : null}
        {current.id ? (
          <li>
            <button type="button" className="sheet-option" onClick={() => pick(null, "")}>
              {t("fields.noContact")}
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
