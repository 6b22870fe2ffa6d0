import { useState } from "react";
import type { TicketDetail } from "../../api/schemas/tickets";
import { clockOf, fromLocalInput } from "../../lib/local-time";
import { formatMinutes } from "../../lib/duration";
import { queueChange } from "../changes/use-queue-change";
import { checkTimeEntry, durationEndingAt, minutesBetween } from "./time-entry-rules";
import { lastService, rememberService } from "./last-service";
import { TimeEntryForm } from "./TimeEntryForm";
import { useTimeEntryForm } from "./use-time-entry-form";

const durations = [15, 30, 45, 60, 90, 120];

/** Logs time on this ticket: checked here first, then queued like every other change. */
export function LogTimeForm({ ticket, onDone }: { ticket: TicketDetail; onDone: () => void }) {
  // The last half hour, ending now: time is logged for work just done.
  const form = useTimeEntryForm(() => ({
    ...durationEndingAt(null, 30, Date.now()),
    serviceId: lastService(),
    notes: "",
    isBillable: true,
  }));
  const { values } = form;
  // Whether the user set the end: durations then end there, otherwise now.
  const [endChosen, setEndChosen] = useState(false);
  const minutes = minutesBetween(values.start, values.end);
  const chosenEnd = endChosen ? fromLocalInput(values.end) : null;

  async function onSubmit() {
    const check = checkTimeEntry(values);
    await form.submit(check.ok ? {} : check.errors, async () => {
      if (!check.ok) return;
      rememberService(values.serviceId);
      await queueChange(
        {
          kind: "timeEntry",
          ticketId: ticket.ticket_id,
          // The server takes UTC with `Z` only (contract README, fact 9).
          entry: {
            ticketId: ticket.ticket_id,
            serviceId: values.serviceId,
            startTime: new Date(check.start).toISOString(),
            endTime: new Date(check.end).toISOString(),
            notes: values.notes.trim(),
            isBillable: values.isBillable,
          },
        },
        null,
        { message: `Logged ${formatMinutes(minutes ?? 0)} on ${ticket.ticket_number}` },
      );
      onDone();
    });
  }

  return (
    <TimeEntryForm
      label="Log time"
      values={values}
      onChange={(fields) => {
        if (fields.end !== undefined) setEndChosen(true);
        form.update(fields);
      }}
      errors={form.errors}
      onSubmit={onSubmit}
      submitLabel={`Log ${minutes && minutes > 0 ? formatMinutes(minutes) : "time"}`}
    >
      <fieldset className="log-time__durations">
        <legend>I worked… (ending {chosenEnd === null ? "now" : `at ${clockOf(new Date(chosenEnd))}`})</legend>
        {durations.map((duration) => (
          <button
            key={duration}
            type="button"
            aria-pressed={minutes === duration}
            onClick={() => form.update(durationEndingAt(endChosen ? values.end : null, duration, Date.now()))}
          >
            {duration < 60 ? `${duration} min` : `${duration / 60} h`}
          </button>
        ))}
      </fieldset>
    </TimeEntryForm>
  );
}
