import { useQuery } from "@tanstack/react-query";
import { useT } from "../../i18n/active-language";
import { timeOfDay } from "../../lib/date-text";
import { useId, useState, type FormEvent } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { sessionScope, useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { TextAreaField } from "../../ui/TextAreaField";
import { queueChange } from "../changes/use-queue-change";
import { useContactQueries } from "./contact-queries";
import { forgetCall, type PendingCall } from "./pending-call";

const MINUTE_MS = 60_000;

/** Whole minutes since the call started, at least one: what the server's `duration` holds (awareness §7.2). */
export function minutesSince(startedAt: string, now: number): number {
  return Math.max(1, Math.ceil((now - Date.parse(startedAt)) / MINUTE_MS));
}

/**
 * "Log this call?": the call started from the contact card becomes an interaction on the ticket, through the
 * outbox (offline too). "Not now" forgets the call.
 */
export function LogCallForm({ ticket, call, onDone }: { ticket: TicketDetail; call: PendingCall; onDone: () => void }) {
  const session = useSession()!;
  const types = useQuery(useContactQueries().interactionTypes()).data;
  const [minutes, setMinutes] = useState(() => String(minutesSince(call.startedAt, Date.now())));
  const [notes, setNotes] = useState("");
  const [typeId, setTypeId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = { minutes: useId(), type: useId() };
  const t = useT();
  const chosenType = types?.find((type) => type.type_id === typeId) ?? types?.find((type) => /^call$/i.test(type.type_name)) ?? types?.[0];

  const forget = () => {
    forgetCall(...sessionScope(session), ticket.ticket_id);
    onDone();
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const duration = Number(minutes);
    if (!/^\d+$/.test(minutes.trim()) || duration > 24 * 60) {
      setError(t("contact.lengthInvalid"));
      return;
    }
    if (!chosenType) return;
    const end = new Date(Date.parse(call.startedAt) + duration * MINUTE_MS).toISOString();
    const title = call.contactName ? t("contact.callWith", { type: chosenType.type_name, name: call.contactName }) : chosenType.type_name;
    await queueChange(
      {
        kind: "interaction",
        ticketId: ticket.ticket_id,
        interaction: {
          typeId: chosenType.type_id,
          title,
          clientId: call.clientId,
          contactId: call.contactId,
          startTime: call.startedAt,
          endTime: end,
          duration,
          notes: notes.trim(),
        },
      },
      null,
      { message: t("contact.logged", { title }) },
    );
    forget();
  }

  const started = timeOfDay(new Date(call.startedAt));
  return (
    <form className="sheet-form" onSubmit={(event) => void save(event)} noValidate>
      <p>
        {call.contactName
          ? t("contact.youCalled", { name: call.contactName, time: started })
          : t("contact.youCalledContact", { time: started })}
      </p>
      <label htmlFor={ids.minutes}>{t("contact.length")}</label>
      <input
        id={ids.minutes}
        className="control"
        inputMode="numeric"
        value={minutes}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids.minutes}-error` : undefined}
        onChange={(event) => {
          setMinutes(event.target.value);
          setError(null);
        }}
      />
      {error ? (
        <p id={`${ids.minutes}-error`} className="text-area-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <label htmlFor={ids.type}>{t("contact.type")}</label>
      {types && types.length > 0 ? (
        <select id={ids.type} className="control" value={chosenType?.type_id} onChange={(event) => setTypeId(event.target.value)}>
          {types.map((type) => (
            <option key={type.type_id} value={type.type_id}>
              {type.type_name}
            </option>
          ))}
        </select>
      ) : (
        <p id={ids.type}>{t("contact.typesNotLoaded")}</p>
      )}
      <TextAreaField label={t("contact.notes")} value={notes} onChange={setNotes} error={null} rows={3} />
      <div className="sheet-form__actions">
        <Button type="submit" disabled={!chosenType}>
          {t("contact.save")}
        </Button>
        <Button variant="secondary" onClick={forget}>
          {t("contact.notNow")}
        </Button>
      </div>
    </form>
  );
}
