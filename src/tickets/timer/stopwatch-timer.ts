import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import { getActiveStopwatch, isClosedSession, setStopwatchRunning, startStopwatch } from "../../api/stopwatch";
import { adoptSession, runsFromSession } from "./stopwatch-runs";
import { isRunning, SESSION_SKEW_MS, type TimerRun } from "./timer-clock";
import { editTimer, readTimer, type OtherSession, type StoredTimer } from "./timer-store";

/** What starting the server's session gave: ours (with the server's runs to take when it has them), or one elsewhere. */
export type Started =
  { sessionId: string; elsewhere: null; adopt?: (runs: TimerRun[]) => TimerRun[] } | { sessionId: null; elsewhere: OtherSession };

/**
 * Starts a newer server's stopwatch for the timer (awareness §10.3). The server holds one open session per user:
 * one open already is ours when its answer was lost (same ticket, started with this timer), else it runs elsewhere
 * and is named to the technician. Refused (the board's live timer off, a missing permission) or unreachable: null,
 * and the timer runs on the device, saved as a plain entry.
 */
export async function startStopwatchSession(api: ApiClient, timer: StoredTimer, serviceId: string): Promise<Started | null> {
  const answer = await startStopwatch(api, timer.ticketId, serviceId).then(
    (result) => result,
    // A lost answer may hide a session that started: the server's open one says.
    () =>
      getActiveStopwatch(api).then(
        (open) => open && { open },
        () => null,
      ),
  );
  if (!answer) return null;
  const receivedAt = Date.now();
  const session = "started" in answer ? answer.started : answer.open;
  const serverStart = runsFromSession(session, receivedAt)[0]?.start ?? 0;
  const ours =
    "started" in answer || (session.work_item_id === timer.ticketId && serverStart >= (timer.runs[0]?.start ?? 0) - SESSION_SKEW_MS);
  if (ours) return { sessionId: session.session_id, elsewhere: null, adopt: (runs) => adoptSession(runs, session, receivedAt) };
  return {
    sessionId: null,
    elsewhere: { sessionId: session.session_id, ticketId: session.work_item_id, ticketTitle: session.work_item_title ?? null },
  };
}

/**
 * Tells the stopwatch whether the timer runs, as the device has it (pause and resume are idempotent on the server,
 * so sending the state again is harmless). Its answer gives the server's segments, counted on the server's clock;
 * once a pause or resume could not be sent (offline), the device's runs stay the truth and only the state is sent.
 * A session the server closed meanwhile leaves the time on the device, to be saved as a plain entry.
 */
export async function syncStopwatch(key: string, api: ApiClient): Promise<void> {
  const timer = await readTimer(key);
  if (!timer?.stopwatch || !timer.sessionId) return;
  const same = (current: StoredTimer | null): current is StoredTimer => current?.id === timer.id && current.sessionId === timer.sessionId;
  try {
    const session = await setStopwatchRunning(api, timer.sessionId, isRunning(timer.runs));
    const receivedAt = Date.now();
    await editTimer(key, (current) =>
      same(current) && !current.keepDeviceRuns ? { ...current, runs: adoptSession(current.runs, session, receivedAt) } : current,
    );
  } catch (error) {
    if (isClosedSession(error)) {
      await editTimer(key, (current) =>
        same(current) ? { ...current, sessionId: null, stopwatch: false, closedElsewhere: true } : current,
      );
    } else if (!(error instanceof ApiError) || error.isTransient || error.status === null) {
      await editTimer(key, (current) => (same(current) ? { ...current, keepDeviceRuns: true } : current));
    }
  }
}
