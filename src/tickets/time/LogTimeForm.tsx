import { useRef, useState, type FormEvent } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { clockOf, localDateValue } from "../../lib/local-time";
import { Button } from "../../ui/Button";
import { checkTimeEntry, durationEndingAt, minutesBetween, type TimeEntryInput } from "./time-entry-input";
import { formatMinutes } from "../../lib/duration";
import { ServiceSelect } from "./ServiceSelect";
import { NotesAndBillableFields } from "./TimeEntryFields";
import { lastService, rememberService } from "./last-service";
import { queueChange } from "../changes/use-queue-change";
import "./LogTimeForm.css";

const durations = [15, 30, 45, 60, 90, 120];

/** The last half hour, ending now: time is logged for work just done. */
function blank(): TimeEntryInput {
  const now = new Date();
  const { start, end } = durationEndingAt({ date: localDateValue(now), end: clockOf(now) }, 30, now);
  return { serviceId: lastService(), date: localDateValue(now), start, end, notes: "", isBillable: true };
}

/**
 * Logs time on this ticket: checked here first, then queued like every other change. One tap is one
 * entry however fast the taps come: the form takes the first and closes (UX review 2026-11, finding 1).
 */
export function LogTimeForm({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  const [input, setInput] = useState(blank);
  // Whether the user set the end: durations then end there, otherwise now.
  const [endChosen, setEndChosen] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<keyof TimeEntryInput, string>>>({});
  const submitted = useRef(false);
  const update = (fields: Partial<TimeEntryInput>) => setInput((current) => ({ ...current, ...fields }));
  const minutes = minutesBetween(input.start, input.end);

  function chooseDuration(duration: number) {
    const now = new Date();
    update(durationEndingAt({ date: input.date, end: endChosen ? input.end : clockOf(now) }, duration, now));
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (submitted.current) return;
    const result = checkTimeEntry(ticket.ticket_id, input);
    if (!result.ok) {
      setErrors(result.errors);
      // Say what is wrong where the eyes are, even on a long form.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(".log-time [aria-invalid='true']")?.focus());
      return;
    }
    submitted.current = true;
    rememberService(input.serviceId);
    await queueChange({ kind: "timeEntry", ticketId: ticket.ticket_id, entry: result.entry }, null, {
      message: `Logged ${formatMinutes(minutes ?? 0)} on ${ticket.ticket_number}`,
    });
    onDone();
  }

  const error = (field: keyof TimeEntryInput) =>
    errors[field] ? (
      <span className="log-time__error" id={`time-${field}-error`}>
        {errors[field]}
      </span>
    ) : null;
  const invalid = (field: keyof TimeEntryInput) => ({
    "aria-invalid": Boolean(errors[field]) || undefined,
    "aria-describedby": errors[field] ? `time-${field}-error` : undefined,
  });

  return (
    <form className="log-time" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Log time">
      <ServiceSelect
        value={input.serviceId}
        onChange={(serviceId) => update({ serviceId })}
        error={errors.serviceId}
        errorId="time-serviceId-error"
      />
      <fieldset className="log-time__durations">
        <legend>I worked… (ending {endChosen ? `at ${input.end}` : "now"})</legend>
        {durations.map((duration) => (
          <button key={duration} type="button" aria-pressed={minutes === duration} onClick={() => chooseDuration(duration)}>
            {duration < 60 ? `${duration} min` : `${duration / 60} h`}
          </button>
        ))}
      </fieldset>
      <div className="log-time__times">
        <label>
          <span>From</span>
          <input
            className="control"
            type="time"
            value={input.start}
            onChange={(event) => update({ start: event.target.value })}
            {...invalid("start")}
          />
          {error("start")}
        </label>
        <label>
          <span>To</span>
          <input
            className="control"
            type="time"
            value={input.end}
            onChange={(event) => {
              setEndChosen(true);
              update({ end: event.target.value });
            }}
            {...invalid("end")}
          />
          {error("end")}
        </label>
        <label>
          <span>Date</span>
          <input
            className="control"
            type="date"
            value={input.date}
            max={localDateValue(new Date())}
            onChange={(event) => update({ date: event.target.value })}
            {...invalid("date")}
          />
          {error("date")}
        </label>
      </div>
      <NotesAndBillableFields value={input} onChange={update} />
      <Button type="submit">Log {minutes && minutes > 0 ? formatMinutes(minutes) : "time"}</Button>
    </form>
  );
}
