import { useRef, useState, type FormEvent } from "react";
import { Button } from "../../ui/Button";
import { queueChange } from "../changes/use-queue-change";
import { ServiceSelect } from "./ServiceSelect";
import { NotesAndBillableFields, SpanFields } from "./TimeEntryFields";
import { fromLocalInput, toLocalInput } from "../../lib/local-time";
import type { TimeRow } from "./time-rows";
import "./LogTimeForm.css";

/**
 * Changes or deletes one of the user's entries, through the outbox like every change. Both times are
 * always sent: the server does not check a single moved end against the start (fieldkit §4.4).
 */
export function EditTimeEntrySheet({ row, onDone }: { row: TimeRow & { entry: NonNullable<TimeRow["entry"]> }; onDone: () => void }) {
  const [input, setInput] = useState({
    start: toLocalInput(Date.parse(row.start)),
    end: toLocalInput(Date.parse(row.end ?? row.start)),
    serviceId: row.serviceId ?? "",
    notes: row.notes,
    isBillable: row.isBillable,
  });
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const done = useRef(false);
  const ticketId = row.ticketId ?? "";

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (done.current) return;
    const start = fromLocalInput(input.start);
    const end = fromLocalInput(input.end);
    const problem = !input.serviceId
      ? "Choose a service."
      : start === null || end === null
        ? "Enter a start and an end."
        : end <= start
          ? "The end must be after the start."
          : end > Date.now() + 60_000
            ? "The end is in the future. Log time you have already worked."
            : null;
    setError(problem);
    if (problem || start === null || end === null) return;
    done.current = true;
    await queueChange(
      {
        kind: "timeEntryEdit",
        ticketId,
        entryId: row.entry.id,
        set: {
          start_time: new Date(start).toISOString(),
          end_time: new Date(end).toISOString(),
          notes: input.notes.trim(),
          service_id: input.serviceId,
          is_billable: input.isBillable,
        },
      },
      row.entry.updatedAt,
      { message: "Time entry changed" },
    );
    onDone();
  }

  async function remove() {
    if (done.current) return;
    done.current = true;
    await queueChange({ kind: "timeEntryDelete", ticketId, entryId: row.entry.id }, null, { message: "Time entry deleted" });
    onDone();
  }

  if (deleting) {
    return (
      <div className="sheet-confirm" role="group" aria-labelledby="delete-entry-question">
        <p id="delete-entry-question">Delete this time entry from Alga?</p>
        <Button variant="danger" autoFocus onClick={() => void remove()}>
          Delete entry
        </Button>
        <Button variant="secondary" onClick={() => setDeleting(false)}>
          Back
        </Button>
      </div>
    );
  }

  return (
    <form className="log-time" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Edit time entry">
      <SpanFields
        value={input}
        onChange={(span) => setInput({ ...input, ...span })}
        error={error ?? undefined}
        errorId="edit-entry-error"
      />
      <ServiceSelect value={input.serviceId} onChange={(serviceId) => setInput({ ...input, serviceId })} errorId="edit-service-error" />
      <NotesAndBillableFields value={input} onChange={(fields) => setInput({ ...input, ...fields })} />
      {error ? (
        <span className="log-time__error" id="edit-entry-error" role="alert">
          {error}
        </span>
      ) : null}
      <Button type="submit">Save changes</Button>
      <Button variant="ghost" onClick={() => setDeleting(true)}>
        Delete entry…
      </Button>
    </form>
  );
}
