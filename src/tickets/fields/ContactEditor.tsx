/* eslint-disable @tanstack/query/exhaustive-deps -- `api` is one client for the app's lifetime; the key names the account. */
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";
import { listContacts } from "../../api/reference-data";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useApiClient } from "../../lib/api-client-context";
import { Sheet } from "../../ui/Sheet";
import { useDeliveredChanges, useOutboxQueue } from "../changes/ticket-outbox";
import { useTicketQueries } from "../ticket-queries";
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
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="details__change" onClick={() => setOpen(true)} aria-haspopup="dialog" aria-label="Change contact">
        Change
      </button>
      <Sheet open={open} onClose={() => setOpen(false)} title="Contact">
        <ContactPicker ticket={ticket} onDone={() => setOpen(false)} />
      </Sheet>
    </>
  );
}

function ContactPicker({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const api = useApiClient();
  const { all } = useTicketQueries();
  const current = useShownContact(ticket);
  const [search, setSearch] = useState("");
  const deferred = useDeferredValue(search.trim());
  const clientId = ticket.client_id ?? undefined;
  const contacts = useQuery({
    queryKey: [...all, "contacts", clientId ?? "any", deferred.toLowerCase()],
    queryFn: ({ signal }) => listContacts(api, { clientId, search: deferred }, signal),
    staleTime: 5 * 60_000,
  });
  const fieldId = useId();

  function pick(contactId: string | null, name: string) {
    if (contactId !== current.id)
      void queueChange({ kind: "contact", ticketId: ticket.ticket_id, contactId, label: name }, ticket.updated_at);
    onDone();
  }

  return (
    <div className="sheet-form">
      <label htmlFor={fieldId}>Find a contact{ticket.client_name ? ` of ${ticket.client_name}` : ""}</label>
      <input
        id={fieldId}
        type="search"
        data-autofocus
        className="control"
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        placeholder="Name or email"
        autoComplete="off"
      />
      {contacts.isError && !contacts.data ? <p role="alert">Contacts could not be loaded: {contacts.error.message}</p> : null}
      <ul className="sheet-options" aria-label="Contacts" aria-busy={contacts.isFetching}>
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
        {contacts.data?.length === 0 ? <li>No contact matches “{deferred}”.</li> : null}
        {current.id ? (
          <li>
            <button type="button" className="sheet-option" onClick={() => pick(null, "")}>
              No contact
            </button>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
