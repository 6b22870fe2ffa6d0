import { useQuery } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { clockTime, localDateValue } from "../../lib/local-time";
import { userKeys } from "../../lib/storage-keys";
import { outbox } from "../changes/ticket-outbox";
import { Button } from "../../ui/Button";
import { useTicketQueries } from "../ticket-queries";
import { addMinutes, checkTimeEntry, minutesBetween, type TimeEntryInput } from "./time-entry-input";
import "./TimeEntryForm.css";

const SERVICE_KEY = userKeys.lastService;
const durations = [15, 30, 45, 60, 90, 120];

/** The last half hour up to now (rounded down to 5 minutes), never reaching back into yesterday. */
function blank(): TimeEntryInput {
  const now = new Date();
  const endMinutes = now.getHours() * 60 + now.getMinutes() - (now.getMinutes() % 5);
  const startMinutes = Math.max(endMinutes - 30, 0);
  return {
    serviceId: localStorage.getItem(SERVICE_KEY) ?? "",
    date: localDateValue(now),
    start: clockTime(startMinutes),
    end: clockTime(Math.max(endMinutes, startMinutes + 5)),
    notes: "",
    isBillable: true,
  };
}

/** Logs time on this ticket: checked here first, then queued like every other change. */
export function TimeEntryForm({ ticketId }: { ticketId: string }) {
  const queries = useTicketQueries();
  const services = useQuery(queries.services());
  const [input, setInput] = useState(blank);
  const [errors, setErrors] = useState<Partial<Record<keyof TimeEntryInput, string>>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const update = (fields: Partial<TimeEntryInput>) => {
    setInput({ ...input, ...fields });
    setNotice(null);
  };
  const minutes = minutesBetween(input.start, input.end);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = checkTimeEntry(ticketId, input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    localStorage.setItem(SERVICE_KEY, input.serviceId);
    try {
      await outbox.enqueue({ kind: "timeEntry", ticketId, entry: result.entry }, null);
    } catch {
      setNotice("The time entry could not be saved for sending. Your entry is still here.");
      return;
    }
    setInput({ ...blank(), serviceId: input.serviceId });
    setNotice(`Logged ${minutes} minutes. It appears in Alga once sent.`);
  }

  const error = (field: keyof TimeEntryInput) =>
    errors[field] ? (
      <span className="time-entry__error" id={`time-${field}-error`}>
        {errors[field]}
      </span>
    ) : null;
  const described = (field: keyof TimeEntryInput) => (errors[field] ? `time-${field}-error` : undefined);

  return (
    <form className="time-entry" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="time-entry-heading">
      <h3 id="time-entry-heading" className="time-entry__heading">
        Log time
      </h3>
      <label>
        <span>Service</span>
        <select
          className="control"
          value={input.serviceId}
          onChange={(event) => update({ serviceId: event.target.value })}
          aria-invalid={Boolean(errors.serviceId) || undefined}
          aria-describedby={described("serviceId")}
        >
          <option value="">{services.isPending ? "Loading services…" : "Choose a service"}</option>
          {services.data?.map((service) => (
            <option key={service.service_id} value={service.service_id}>
              {service.service_name}
            </option>
          ))}
        </select>
        {error("serviceId")}
      </label>
      <label>
        <span>Date</span>
        <input
          className="control"
          type="date"
          value={input.date}
          max={localDateValue(new Date())}
          onChange={(event) => update({ date: event.target.value })}
          aria-describedby={described("date")}
        />
        {error("date")}
      </label>
      <div className="time-entry__times">
        <label>
          <span>Start</span>
          <input
            className="control"
            type="time"
            value={input.start}
            onChange={(event) => update({ start: event.target.value })}
            aria-invalid={Boolean(errors.start) || undefined}
            aria-describedby={described("start")}
          />
          {error("start")}
        </label>
        <label>
          <span>End</span>
          <input
            className="control"
            type="time"
            value={input.end}
            onChange={(event) => update({ end: event.target.value })}
            aria-invalid={Boolean(errors.end) || undefined}
            aria-describedby={described("end")}
          />
          {error("end")}
        </label>
      </div>
      <div className="time-entry__durations" role="group" aria-label="Duration from the start time">
        {durations.map((duration) => (
          <button
            key={duration}
            type="button"
            aria-pressed={minutes === duration}
            onClick={() => update({ end: addMinutes(input.start, duration) })}
          >
            {duration < 60 ? `${duration} min` : `${duration / 60} h`}
          </button>
        ))}
      </div>
      <label className="time-entry__check">
        <input type="checkbox" checked={input.isBillable} onChange={(event) => update({ isBillable: event.target.checked })} />
        <span>Billable</span>
      </label>
      <label>
        <span>Notes</span>
        <textarea className="control" rows={2} value={input.notes} onChange={(event) => update({ notes: event.target.value })} dir="auto" />
      </label>
      <Button type="submit">Log {minutes && minutes > 0 ? `${minutes} min` : "time"}</Button>
      {notice ? (
        <p className="time-entry__notice" role="status">
          {notice}
        </p>
      ) : null}
    </form>
  );
}
