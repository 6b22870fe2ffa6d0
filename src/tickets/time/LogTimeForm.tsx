import { useEffect, useState } from "react";
import { sessionScope, useSession } from "../../auth/session";
import { userKeys } from "../../lib/storage-keys";
import type { TicketDetail } from "../../api/schemas/tickets";
import { useQuery } from "@tanstack/react-query";
import { clockOf, fromLocalInput, localDateValue, shiftedDay } from "../../lib/local-time";
import { formatMinutes } from "../../i18n/duration";
import { queueChange } from "../changes/use-queue-change";
import { checkTimeEntry, durationEndingAt, minutesBetween, type TimeEntryValues } from "./time-entry-rules";
import { lastService, rememberService } from "./last-service";
import { TimeEntryForm } from "./TimeEntryForm";
import { useTimeEntryForm } from "./use-time-entry-form";
import { useOwnTimeOnDevice } from "./use-own-time-on-device";
import type { TimerSpans } from "./overlap";
import { useTimeQueries } from "./time-queries";
import { useT } from "../../i18n/active-language";

const durations = [15, 30, 45, 60, 90, 120];

/**
 * What was typed in a Log time form closed without logging (Back, Close, a tap outside), per ticket, until
 * it is logged: for this tab's life, as the form is reopened within minutes, not after a reload.
 */
const unlogged = new Map<string, { values: TimeEntryValues; endChosen: boolean }>();

/** The kept form, its duration ending now again unless the user had set the end; else the last half hour. */
function startingValues(key: string): TimeEntryValues {
  const kept = unlogged.get(key);
  // The last half hour, ending now: time is logged for work just done.
  if (!kept) return { ...durationEndingAt(null, 30, Date.now()), serviceId: lastService(), notes: "", isBillable: true };
  if (kept.endChosen) return kept.values;
  return { ...kept.values, ...durationEndingAt(null, minutesBetween(kept.values.start, kept.values.end) ?? 30, Date.now()) };
}

/** Logs time on this ticket: checked here first, then queued like every other change. */
export function LogTimeForm({ ticket, timer, onDone }: { ticket: TicketDetail; timer: TimerSpans | null; onDone: () => void }) {
  const t = useT();
  const key = userKeys.draft(...sessionScope(useSession()!), `${ticket.ticket_id}:time`);
  const form = useTimeEntryForm(() => startingValues(key));
  const { values } = form;
  // Whether the user set the end: durations then end there, otherwise now.
  const [endChosen, setEndChosen] = useState(() => unlogged.get(key)?.endChosen ?? false);
  useEffect(() => {
    unlogged.set(key, { values, endChosen });
  }, [key, values, endChosen]);
  const minutes = minutesBetween(values.start, values.end);
  const chosenEnd = endChosen ? fromLocalInput(values.end) : null;
  const overlapError = useOwnTimeOnDevice(timer);
  // The user's own entries around today, loaded while online so the check has them offline too.
  const today = localDateValue(new Date());
  useQuery(useTimeQueries().mine(shiftedDay(today, -1), shiftedDay(today, 1)));

  async function onSubmit() {
    const check = checkTimeEntry(values);
    const overlap = check.ok ? overlapError(check.start, check.end) : null;
    await form.submit(check.ok ? (overlap ? { end: overlap } : {}) : check.errors, async () => {
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
        { message: t("time.logged", { duration: formatMinutes(minutes ?? 0), number: ticket.ticket_number }) },
      );
      unlogged.delete(key);
      onDone();
    });
  }

  return (
    <TimeEntryForm
      label={t("time.logTime")}
      values={values}
      onChange={(fields) => {
        if (fields.end !== undefined) setEndChosen(true);
        form.update(fields);
      }}
      errors={form.errors}
      onSubmit={onSubmit}
      submitLabel={minutes && minutes > 0 ? t("time.logDuration", { duration: formatMinutes(minutes) }) : t("time.logTime")}
    >
      <fieldset className="log-time__durations">
        <legend>
          {chosenEnd === null ? t("time.iWorkedEndingNow") : t("time.iWorkedEndingAt", { time: clockOf(new Date(chosenEnd)) })}
        </legend>
        {durations.map((duration) => (
          <button
            key={duration}
            type="button"
            aria-pressed={minutes === duration}
            onClick={() => form.update(durationEndingAt(endChosen ? values.end : null, duration, Date.now()))}
          >
            {duration < 60 ? t("time.minutes", { n: duration }) : t("time.hours", { n: duration / 60 })}
          </button>
        ))}
      </fieldset>
    </TimeEntryForm>
  );
}
