import { errorText } from "../../auth/error-text";
import { useQuery } from "@tanstack/react-query";
import { t, useT } from "../../i18n/active-language";
import type { MessageKey } from "../../i18n/catalogue-types";
import { useState } from "react";
import { isUnreachable } from "../../api/errors";
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
  return isUnreachable(error) ? t("new.offlineMatches") : t("new.failedMatches", { error: errorText(error) });
}

/**
 * What an empty list says. Offline, a list never loaded on this device says nothing about the server: it
 * is "not on this device yet", never "none".
 */
function emptyText(notOnDevice: string | null, search: string, noMatch: MessageKey, none: string): string {
  if (notOnDevice) return notOnDevice;
  return search.trim() ? t(noMatch, { search: search.trim() }) : none;
}

export function ClientOptions({ search, selectedId, onPick }: OptionsProps) {
  const t = useT();
  const clients = useQuery(useReferenceQueries().clients(search));
  const cached = useCachedMatches();
  const list = clients.data ?? cached.clients(search);
  const notOnDevice = clients.data || cached.clientsLoaded() ? null : t("new.clientsNotLoaded");
  return (
    <OptionList
      label={t("new.clients")}
      options={list.map((client) => ({ id: client.client_id, name: client.client_name }))}
      selectedId={selectedId}
      onPick={onPick}
      loading={clients.isFetching && !clients.data}
      note={clients.data ? null : deviceNote(clients.error)}
      empty={emptyText(notOnDevice, search, "new.noClientMatches", t("new.noClients"))}
    />
  );
}

/** Contacts of the chosen client (any client's when none is chosen yet). */
export function contactOptions(clientId: string | undefined) {
  return function ContactOptions({ search, selectedId, onPick }: OptionsProps) {
    const t = useT();
    const contacts = useQuery(useReferenceQueries().contacts(clientId, search));
    const cached = useCachedMatches();
    const list = contacts.data ?? cached.contacts(clientId, search);
    const notOnDevice =
      contacts.data || cached.contactsLoaded(clientId) ? null : t(clientId ? "new.clientContactsNotLoaded" : "new.contactsNotLoaded");
    return (
      <OptionList
        label={t("new.contacts")}
        options={list.map((contact) => ({ id: contact.contact_name_id, name: contact.full_name, detail: contact.email }))}
        selectedId={selectedId}
        onPick={onPick}
        loading={contacts.isFetching && !contacts.data}
        note={contacts.data ? null : deviceNote(contacts.error)}
        empty={emptyText(notOnDevice, search, "new.noContactMatches", t("new.noContacts"))}
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
  const t = useT();
  const [open, setOpen] = useState(false);
  const me: Choice = { id: session.user.id, name: session.user.name ?? t("new.me") };
  const pick = (choice: Choice | null) => {
    onChange(choice);
    setOpen(false);
  };
  const shown = !value ? t("new.nobody") : value.id === me.id ? t("new.meNamed", { name: me.name }) : value.name;
  return (
    <Field id="new-assignee" label={t("new.assignedTo")} error={error}>
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
      <Sheet open={open} onClose={() => setOpen(false)} title={t("new.assignedTo")}>
        <div className="new-ticket__sheet-actions">
          {value?.id !== me.id ? (
            <Button variant="secondary" onClick={() => pick(me)}>
              {t("new.assignToMe")}
            </Button>
          ) : null}
          {value ? (
            <Button variant="secondary" onClick={() => pick(null)}>
              {t("new.leaveUnassigned")}
            </Button>
          ) : null}
        </div>
        {open ? <AssigneePicker onPick={(id, name) => pick({ id, name })} /> : null}
      </Sheet>
    </Field>
  );
}
