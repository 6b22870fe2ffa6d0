import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ApiError } from "../../api/errors";
import { useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { Sheet } from "../../ui/Sheet";
import type { Choice } from "../changes/new-ticket";
import { AssigneePicker } from "../fields/AssigneePicker";
import { described, Field, OptionList, type OptionsProps } from "./FormFields";
import { useCachedMatches, useReferenceQueries } from "../reference-queries";

/** Said above matches that come from this device because the server could not be asked. */
function deviceNote(error: Error | null): string | null {
  if (!error) return null;
  return error instanceof ApiError && (error.kind === "network" || error.kind === "timeout")
    ? "Offline: showing what was loaded on this device before."
    : `${error.message} Showing what was loaded on this device before.`;
}

/**
 * What an empty list says. Offline, a list never loaded on this device says nothing about the server: it
 * is "not on this device yet", never "none".
 */
function emptyText(notOnDevice: string | null, search: string, noMatch: string, none: string): string {
  if (notOnDevice) return notOnDevice;
  return search.trim() ? `${noMatch} “${search.trim()}”.` : none;
}

export function ClientOptions({ search, selectedId, onPick }: OptionsProps) {
  const clients = useQuery(useReferenceQueries().clients(search));
  const cached = useCachedMatches();
  const list = clients.data ?? cached.clients(search);
  const notOnDevice = clients.data || cached.clientsLoaded() ? null : "The clients are not on this device yet — connect once to load them.";
  return (
    <OptionList
      label="Clients"
      options={list.map((client) => ({ id: client.client_id, name: client.client_name }))}
      selectedId={selectedId}
      onPick={onPick}
      loading={clients.isFetching && !clients.data}
      note={clients.data ? null : deviceNote(clients.error)}
      empty={emptyText(notOnDevice, search, "No client matches", "No clients.")}
    />
  );
}

/** Contacts of the chosen client (any client's when none is chosen yet). */
export function contactOptions(clientId: string | undefined) {
  return function ContactOptions({ search, selectedId, onPick }: OptionsProps) {
    const contacts = useQuery(useReferenceQueries().contacts(clientId, search));
    const cached = useCachedMatches();
    const list = contacts.data ?? cached.contacts(clientId, search);
    const notOnDevice =
      contacts.data || cached.contactsLoaded(clientId)
        ? null
        : `${clientId ? "Contacts of this client" : "Contacts"} are not on this device yet — connect once to load them.`;
    return (
      <OptionList
        label="Contacts"
        options={list.map((contact) => ({ id: contact.contact_name_id, name: contact.full_name, detail: contact.email }))}
        selectedId={selectedId}
        onPick={onPick}
        loading={contacts.isFetching && !contacts.data}
        note={contacts.data ? null : deviceNote(contacts.error)}
        empty={emptyText(notOnDevice, search, "No contact matches", "This client has no contacts.")}
      />
    );
  };
}

/** Assigned to the technician by default; anyone else, or nobody, on request. */
export function AssigneeField({
  value,
  onChange,
  error,
}: {
  value: Choice | null;
  onChange: (choice: Choice | null) => void;
  error?: string;
}) {
  const session = useSession()!;
  const [open, setOpen] = useState(false);
  const me: Choice = { id: session.user.id, name: session.user.name ?? "Me" };
  const pick = (choice: Choice | null) => {
    onChange(choice);
    setOpen(false);
  };
  const shown = !value ? "Nobody (unassigned)" : value.id === me.id ? `Me (${me.name})` : value.name;
  return (
    <Field id="new-assignee" label="Assigned to" error={error}>
      <button
        type="button"
        id="new-assignee"
        className="control new-ticket__picker"
        aria-haspopup="dialog"
        aria-labelledby="new-assignee-label new-assignee-value"
        onClick={() => setOpen(true)}
        {...described("new-assignee", error)}
      >
        <span id="new-assignee-value" dir="auto">
          {shown}
        </span>
        <span aria-hidden="true">▾</span>
      </button>
      <Sheet open={open} onClose={() => setOpen(false)} title="Assigned to">
        <div className="new-ticket__sheet-actions">
          {value?.id !== me.id ? (
            <Button variant="secondary" onClick={() => pick(me)}>
              Assign to me
            </Button>
          ) : null}
          {value ? (
            <Button variant="secondary" onClick={() => pick(null)}>
              Leave unassigned
            </Button>
          ) : null}
        </div>
        {open ? <AssigneePicker onPick={(id, name) => pick({ id, name })} /> : null}
      </Sheet>
    </Field>
  );
}
