import { useRef, useState, type FormEvent } from "react";
import { useSession } from "../../auth/session";
import { Button } from "../../ui/Button";
import { formatMinutes } from "../../lib/duration";
import { ServiceSelect } from "../time/ServiceSelect";
import { NotesAndBillableFields, SpanFields } from "../time/TimeEntryFields";
import { oneSpan, reviewReasons, splitPerDay, workedMs, type WorkedSpan } from "./timer-clock";
import { lastService } from "../time/last-service";
import { discardTimer, entryFor, entryMinutes, saveTimer } from "./save-timer";
import { timerKey, type StoredTimer } from "./timer-store";
import { fromLocalInput, toLocalInput } from "../../lib/local-time";
import { whenText } from "../time/time-text";
import "../time/LogTimeForm.css";
import "./StopTimerSheet.css";

type Plan = "one" | "split" | "edit";

/**
 * Turns a stopped timer into time entries the technician checks first: service, notes, billable, and
 * the times. A timer that ran past midnight or over 12 hours asks how to save it before anything else.
 */
export function StopTimerSheet({ timer, stoppedAt, onDone }: { timer: StoredTimer; stoppedAt: number; onDone: () => void }) {
  const key = timerKey(useSession()!);
  const reasons = reviewReasons(timer.runs, stoppedAt);
  const [plan, setPlan] = useState<Plan | null>(reasons.pastMidnight || reasons.long ? null : "one");
  const [fields, setFields] = useState({ serviceId: lastService(), notes: "", isBillable: true });
  const single = oneSpan(timer.runs, stoppedAt);
  const [times, setTimes] = useState({ start: toLocalInput(single.start), end: toLocalInput(single.end) });
  const [errors, setErrors] = useState<{ service?: string; times?: string }>({});
  const [discarding, setDiscarding] = useState(false);
  const saved = useRef(false);

  if (plan === null)
    return <ReviewQuestion pastMidnight={reasons.pastMidnight} worked={workedMs(timer.runs, stoppedAt)} onPlan={setPlan} />;

  const spans: WorkedSpan[] =
    plan === "split"
      ? splitPerDay(timer.runs, stoppedAt)
      : plan === "edit"
        ? [{ start: fromLocalInput(times.start) ?? NaN, end: fromLocalInput(times.end) ?? NaN }]
        : [single];
  const entries = spans.map((span) => entryFor(timer.ticketId, span, fields));
  const paused = single.start - (timer.runs[0]?.start ?? single.start);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (saved.current) return;
    const found: typeof errors = {};
    if (!fields.serviceId) found.service = "Choose a service.";
    const span = spans[0]!;
    if (plan === "edit" && !(span.end > span.start)) found.times = "The end must be after the start.";
    else if (plan === "edit" && span.end > stoppedAt + 60_000) found.times = "The end can't be after you stopped the timer.";
    else if (entries.every((entry) => entry === null))
      found.times = "Less than a minute: there is nothing to log. Discard the timer instead.";
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    saved.current = true;
    await saveTimer(
      key,
      timer,
      entries.filter((entry) => entry !== null),
    );
    onDone();
  }

  if (discarding) {
    return (
      <div className="sheet-confirm" role="group" aria-labelledby="discard-question">
        <p id="discard-question">Discard the timer on {timer.ticketNumber}? Its time is not logged.</p>
        <Button variant="danger" autoFocus onClick={() => void discardTimer(key, timer).then(onDone)}>
          Discard timer
        </Button>
        <Button variant="secondary" onClick={() => setDiscarding(false)}>
          Back
        </Button>
      </div>
    );
  }

  return (
    <form className="log-time" onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Save the timer's time">
      <p className="stop-timer__ticket">
        {timer.ticketNumber} · <span dir="auto">{timer.ticketTitle}</span>
      </p>
      {plan === "edit" ? (
        <SpanFields value={times} onChange={setTimes} error={errors.times} errorId="stop-times-error" />
      ) : (
        <ul className="stop-timer__spans" aria-label={entries.length > 1 ? "Entries, one per day" : "Entry"}>
          {entries.map((entry, index) =>
            entry ? (
              <li key={entry.startTime}>
                <span>{whenText(entry.startTime, entry.endTime)}</span>
                <strong>{formatMinutes(entryMinutes(entry))}</strong>
              </li>
            ) : (
              <li key={index}>Under a minute on this day: not logged</li>
            ),
          )}
        </ul>
      )}
      {plan === "one" && paused >= 60_000 ? (
        <p className="stop-timer__note">
          Started {whenText(new Date(timer.runs[0]!.start).toISOString())}, paused {formatMinutes(Math.round(paused / 60_000))} in all: the
          entry counts only the time worked.
        </p>
      ) : null}
      {errors.times ? (
        <span className="log-time__error" id="stop-times-error" role="alert">
          {errors.times}
        </span>
      ) : null}
      {plan !== "edit" ? (
        <button type="button" className="stop-timer__link" onClick={() => setPlan("edit")}>
          Change the times
        </button>
      ) : null}
      <ServiceSelect
        value={fields.serviceId}
        onChange={(serviceId) => setFields({ ...fields, serviceId })}
        error={errors.service}
        errorId="stop-service-error"
      />
      <NotesAndBillableFields value={fields} onChange={(changed) => setFields({ ...fields, ...changed })} />
      <Button type="submit">Save {entries.length > 1 ? `${entries.filter(Boolean).length} entries` : "time entry"}</Button>
      <Button type="button" variant="ghost" onClick={() => setDiscarding(true)}>
        Discard timer…
      </Button>
    </form>
  );
}

/** Asked before saving a timer that ran past midnight or over 12 hours: it was probably left running. */
function ReviewQuestion({ pastMidnight, worked, onPlan }: { pastMidnight: boolean; worked: number; onPlan: (plan: Plan) => void }) {
  return (
    <div className="sheet-confirm" role="group" aria-labelledby="review-question">
      <p id="review-question">
        This timer {pastMidnight ? "ran past midnight" : "ran for more than 12 hours"} ({formatMinutes(Math.round(worked / 60_000))}{" "}
        worked). Was it left running? Choose how to save it.
      </p>
      {pastMidnight ? (
        <Button autoFocus onClick={() => onPlan("split")}>
          Split it per day
        </Button>
      ) : null}
      <Button variant="secondary" autoFocus={!pastMidnight} onClick={() => onPlan("edit")}>
        Edit the times
      </Button>
      <Button variant="secondary" onClick={() => onPlan("one")}>
        Keep it as one entry
      </Button>
    </div>
  );
}
