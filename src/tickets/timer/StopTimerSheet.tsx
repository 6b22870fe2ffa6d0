import { useState } from "react";
import type { NewTimeEntry } from "../../api/time-entries";
import { useSession } from "../../auth/session";
import { formatMinutes } from "../../i18n/duration";
import { fromLocalInput, toLocalInput } from "../../lib/local-time";
import { Button } from "../../ui/Button";
import { ConfirmStep } from "../../ui/ConfirmStep";
import { lastService } from "../time/last-service";
import { checkTimeEntry, serviceError, spanError, type TimeEntryErrors, type TimeEntryValues } from "../time/time-entry-rules";
import { whenText } from "../time/time-text";
import { TimeEntryForm } from "../time/TimeEntryForm";
import { useTimeEntryForm } from "../time/use-time-entry-form";
import { discardTimer, entryFor, entryMinutes, saveTimer } from "./save-timer";
import { oneSpan, reviewReasons, splitPerDay, workedMs, type WorkedSpan } from "./timer-clock";
import { timerKey, type StoredTimer } from "./timer-store";
import { t as translate, useT } from "../../i18n/active-language";
import "./StopTimerSheet.css";

type Plan = "one" | "split" | "edit";

/**
 * Turns a stopped timer into time entries the technician checks first: service, notes, billable, and
 * the times. A timer that ran past midnight or over 12 hours asks how to save it before anything else.
 */
export function StopTimerSheet({ timer, stoppedAt, onDone }: { timer: StoredTimer; stoppedAt: number; onDone: () => void }) {
  const t = useT();
  const key = timerKey(useSession()!);
  const reasons = reviewReasons(timer.runs, stoppedAt);
  const [plan, setPlan] = useState<Plan | null>(reasons.pastMidnight || reasons.long ? null : "one");
  const single = oneSpan(timer.runs, stoppedAt);
  const form = useTimeEntryForm(() => ({
    start: toLocalInput(single.start),
    end: toLocalInput(single.end),
    serviceId: lastService(),
    notes: "",
    isBillable: true,
  }));
  const { values } = form;
  const [discarding, setDiscarding] = useState(false);

  if (plan === null)
    return <ReviewQuestion pastMidnight={reasons.pastMidnight} worked={workedMs(timer.runs, stoppedAt)} onPlan={setPlan} />;
  const chosen = plan; // the submit handler below needs it narrowed too

  const spans: WorkedSpan[] =
    plan === "split"
      ? splitPerDay(timer.runs, stoppedAt)
      : plan === "edit"
        ? [{ start: fromLocalInput(values.start) ?? NaN, end: fromLocalInput(values.end) ?? NaN }]
        : [single];
  const entries = spans.map((span) => entryFor(timer.ticketId, span, values));
  const paused = single.start - (timer.runs[0]?.start ?? single.start);

  async function onSubmit() {
    await form.submit(entriesErrors(chosen, values, entries), async () => {
      await saveTimer(
        key,
        timer,
        entries.filter((entry) => entry !== null),
      );
      onDone();
    });
  }

  if (discarding) {
    return (
      <ConfirmStep
        question={t("timer.discardQuestion", { number: timer.ticketNumber })}
        action={t("timer.discardConfirm")}
        onConfirm={() => void form.once(() => discardTimer(key, timer).then(onDone))}
        onBack={() => setDiscarding(false)}
      />
    );
  }

  return (
    <TimeEntryForm
      label={t("timer.saveTime")}
      values={values}
      onChange={form.update}
      errors={form.errors}
      onSubmit={onSubmit}
      submitLabel={entries.length > 1 ? t("timer.saveEntries", { n: entries.filter(Boolean).length }) : t("timer.saveEntry")}
      times={
        plan === "edit" ? undefined : (
          <>
            <ul className="stop-timer__spans" aria-label={entries.length > 1 ? t("timer.entriesPerDay") : t("timer.entry")}>
              {entries.map((entry, index) =>
                entry ? (
                  <li key={entry.startTime}>
                    <span>{whenText(entry.startTime, entry.endTime)}</span>
                    <strong>{formatMinutes(entryMinutes(entry))}</strong>
                  </li>
                ) : (
                  <li key={index}>{t("timer.underAMinute")}</li>
                ),
              )}
            </ul>
            {timer.stopwatch && timer.runs.length > 1 ? <Stretches timer={timer} stoppedAt={stoppedAt} /> : null}
            {plan === "one" && paused >= 60_000 ? (
              <p className="stop-timer__note">
                {t("timer.pausedNote", {
                  when: whenText(new Date(timer.runs[0]!.start).toISOString()),
                  duration: formatMinutes(Math.round(paused / 60_000)),
                })}
              </p>
            ) : null}
            <button type="button" className="stop-timer__link" onClick={() => setPlan("edit")}>
              {t("timer.changeTimes")}
            </button>
          </>
        )
      }
      after={
        <Button variant="ghost" onClick={() => setDiscarding(true)}>
          {t("timer.discard")}
        </Button>
      }
    >
      <p className="stop-timer__ticket">
        {timer.ticketNumber} · <span dir="auto">{timer.ticketTitle}</span>
      </p>
      {timer.closedElsewhere ? (
        <p className="stop-timer__closed" role="alert">
          {t("timer.closedElsewhere")}
        </p>
      ) : null}
    </TimeEntryForm>
  );
}

/** The times typed in are checked like every entry; the planned ones too, entry by entry. */
function entriesErrors(plan: Plan, values: TimeEntryValues, entries: (NewTimeEntry | null)[], now = Date.now()): TimeEntryErrors {
  if (plan === "edit") {
    const check = checkTimeEntry(values, now);
    return check.ok ? {} : check.errors;
  }
  const found: TimeEntryErrors = {};
  const service = serviceError(values.serviceId);
  if (service) found.serviceId = service;
  const saved = entries.filter((entry) => entry !== null);
  const span = saved.map((entry) => spanError(Date.parse(entry.startTime), Date.parse(entry.endTime), now)).find(Boolean);
  if (saved.length === 0) found.entries = translate("timer.nothingToLog");
  else if (span) found.entries = span;
  return found;
}

/** The stretches a stopwatch ran, as the server kept them (awareness §10.3): its pauses are the gaps. */
function Stretches({ timer, stoppedAt }: { timer: StoredTimer; stoppedAt: number }) {
  const t = useT();
  const iso = (ms: number) => new Date(ms).toISOString();
  return (
    <ul className="stop-timer__stretches" aria-label={t("timer.stretches")}>
      {timer.runs.map((run) => (
        <li key={run.start}>{whenText(iso(run.start), iso(run.end ?? stoppedAt))}</li>
      ))}
    </ul>
  );
}

/** Asked before saving a timer that ran past midnight or over 12 hours: it was probably left running. */
function ReviewQuestion({ pastMidnight, worked, onPlan }: { pastMidnight: boolean; worked: number; onPlan: (plan: Plan) => void }) {
  const t = useT();
  const duration = formatMinutes(Math.round(worked / 60_000));
  return (
    <div className="sheet-confirm" role="group" aria-labelledby="review-question">
      <p id="review-question">{pastMidnight ? t("timer.pastMidnight", { duration }) : t("timer.over12h", { duration })}</p>
      {pastMidnight ? (
        <Button autoFocus onClick={() => onPlan("split")}>
          {t("timer.splitPerDay")}
        </Button>
      ) : null}
      <Button variant="secondary" autoFocus={!pastMidnight} onClick={() => onPlan("edit")}>
        {t("timer.editTimes")}
      </Button>
      <Button variant="secondary" onClick={() => onPlan("one")}>
        {t("timer.keepOne")}
      </Button>
    </div>
  );
}
