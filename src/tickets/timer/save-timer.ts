import { t } from "../../i18n/active-language";
import type { ApiClient } from "../../api/client";
import type { NewTimeEntry } from "../../api/time-entries";
import { deleteTimeEntry } from "../../api/time-entry-records";
import { getActiveSession, startTracking, stopTracking } from "../../api/time-tracking";
import { ApiError } from "../../api/errors";
import { discardStopwatch, isClosedSession, logStopwatch } from "../../api/stopwatch";
import { isTemporaryTicketId } from "../ticket-id";
import { outbox } from "../changes/ticket-outbox";
import { queueChange } from "../changes/use-queue-change";
import { hasStopwatch } from "../server-features";
import { formatMinutes } from "../../i18n/duration";
import { lastService, rememberService } from "../time/last-service";
import { SESSION_SKEW_MS, type WorkedSpan } from "./timer-clock";
import { startStopwatchSession, type Started } from "./stopwatch-timer";
import { editTimer, newTimer, type StoredTimer, type TimerTicket } from "./timer-store";

const MINUTE = 60_000;

export interface EntryFields {
  serviceId: string;
  notes: string;
  isBillable: boolean;
}

/**
 * A span as the server will keep it: whole minutes (it truncates times to the minute, fieldkit §4.8),
 * ending at the minute the span ended and as long as its rounded length. Null under a minute.
 */
export function entryFor(ticketId: string, span: WorkedSpan, fields: EntryFields): NewTimeEntry | null {
  const minutes = Math.round((span.end - span.start) / MINUTE);
  if (minutes < 1) return null;
  const end = Math.floor(span.end / MINUTE) * MINUTE;
  return {
    ticketId,
    serviceId: fields.serviceId,
    startTime: new Date(end - minutes * MINUTE).toISOString(),
    endTime: new Date(end).toISOString(),
    notes: fields.notes.trim(),
    isBillable: fields.isBillable,
  };
}

export const entryMinutes = (entry: NewTimeEntry) => Math.round((Date.parse(entry.endTime) - Date.parse(entry.startTime)) / MINUTE);

/**
 * Queues the stopped timer's entries and removes the timer. The first entry takes over the server's
 * session when there is one (so Alga ends up with one entry, not a running one beside it); Undo on it
 * puts the timer back.
 */
export async function saveTimer(key: string, timer: StoredTimer, entries: NewTimeEntry[]): Promise<void> {
  rememberService(entries[0]?.serviceId ?? lastService());
  await editTimer(key, (current) => (current?.id === timer.id ? null : current));
  for (const [index, entry] of entries.entries()) {
    const takesSession = index === 0 && timer.sessionId !== null;
    const change = takesSession
      ? { kind: "timerStop" as const, ticketId: entry.ticketId, sessionId: timer.sessionId!, entry, ...stopwatchFlag(timer) }
      : { kind: "timeEntry" as const, ticketId: entry.ticketId, entry };
    await queueChange(change, null, {
      message: t("time.logged", { duration: formatMinutes(entryMinutes(entry)), number: timer.ticketNumber }),
      // Undo of the first entry gives the timer back, paused where it stopped.
      onUndone: () => void (index === 0 && editTimer(key, (current) => current ?? timer)),
    });
  }
}

/** Drops the timer without saving; its server session, if any, is deleted through the outbox. */
export async function discardTimer(key: string, timer: StoredTimer): Promise<void> {
  await editTimer(key, (current) => (current?.id === timer.id ? null : current));
  if (timer.sessionId) {
    await outbox.enqueue({ kind: "timeEntryDelete", ticketId: timer.ticketId, entryId: timer.sessionId, ...stopwatchFlag(timer) }, null);
  }
}

/** The changes of a stopwatch session say so: they go to its routes, not the old timer's (awareness §10.3). */
const stopwatchFlag = (timer: StoredTimer) => (timer.stopwatch ? { stopwatch: true } : {});

/** Ends a server session without saving it: the stopwatch's is discarded, the old timer's entry deleted. */
const dropSession = (api: ApiClient, timer: Pick<StoredTimer, "stopwatch">, sessionId: string) =>
  (timer.stopwatch ? discardStopwatch(api, sessionId) : deleteTimeEntry(api, sessionId)).catch(() => undefined);

/**
 * Sign-out deletes the timer with the rest of the account's data, the outbox included, so its server
 * session is deleted now rather than queued; left alone it would run on in Alga (fieldkit §4.7). Offline
 * it stays open; best effort, like starting it.
 */
export async function dropTimerSession(api: ApiClient, timer: StoredTimer): Promise<void> {
  if (timer.sessionId && navigator.onLine) await dropSession(api, timer, timer.sessionId);
}

/**
 * Starts the timer on the device at once, then (best effort, online only) the server's session, which
 * shows the running timer in Alga. A failed or refused session never stops the device's timer; one that
 * runs elsewhere is kept on the timer, to be said (fieldkit §4.6: the server holds one per user).
 * A server with the newer stopwatch (awareness §10.4) runs it instead of the old timer, never both.
 */
export async function startTimer(key: string, api: ApiClient, ticket: TimerTicket, serviceId: string): Promise<void> {
  const timer = await editTimer(key, (current) => current ?? newTimer(ticket));
  // A ticket not created yet has no id the server knows.
  if (!timer || timer.ticketId !== ticket.ticketId || !serviceId || !navigator.onLine || isTemporaryTicketId(ticket.ticketId)) return;
  const stopwatch = await hasStopwatch(api);
  const started = stopwatch ? await startStopwatchSession(api, timer, serviceId) : await startSession(api, timer, serviceId);
  if (!started) return;
  const { sessionId, elsewhere } = started;
  const adopt = started.elsewhere === null ? started.adopt : undefined;
  const kept = await editTimer(key, (current) =>
    current?.id === timer.id
      ? { ...current, sessionId, elsewhere, ...(stopwatch ? { stopwatch: true, runs: adopt?.(current.runs) ?? current.runs } : {}) }
      : current,
  );
  // Stopped or discarded before the server answered: its entry was saved without the session, which would run on.
  if (sessionId && kept?.id !== timer.id) await dropSession(api, { stopwatch }, sessionId);
}

/**
 * Ends the session that runs elsewhere, which saves its time as an entry in Alga (fieldkit §4.8; a stopwatch's
 * is logged as it is, awareness §10.3), then starts this timer's. A 404 (or a closed stopwatch) means it was
 * stopped already.
 */
export async function stopOtherSession(key: string, api: ApiClient, timer: StoredTimer, serviceId: string): Promise<void> {
  const other = timer.elsewhere;
  if (!other) return;
  const stopwatch = await hasStopwatch(api);
  const stop = stopwatch
    ? logStopwatch(api, other.sessionId, {})
    : stopTracking(api, other.sessionId, { endTime: new Date().toISOString() });
  await stop.catch((error: unknown) => {
    if (!(error instanceof ApiError && error.status === 404) && !(stopwatch && isClosedSession(error))) throw error;
  });
  await editTimer(key, (current) => (current?.id === timer.id ? { ...current, elsewhere: null } : current));
  await startTimer(key, api, timer, serviceId);
}

async function startSession(api: ApiClient, timer: StoredTimer, serviceId: string): Promise<Started | null> {
  try {
    return { sessionId: (await startTracking(api, { ticketId: timer.ticketId, serviceId })).session_id, elsewhere: null };
  } catch {
    // A 409 means a session runs already (fieldkit §4.6): ours, whose answer was lost, is taken up;
    // one started elsewhere or earlier is named to the technician, and this timer runs on the device only.
    const active = await getActiveSession(api).catch(() => null);
    if (!active) return null;
    const ours = active.work_item_id === timer.ticketId && Date.parse(active.start_time) >= timer.runs[0]!.start - SESSION_SKEW_MS;
    return ours
      ? { sessionId: active.session_id, elsewhere: null }
      : {
          sessionId: null,
          elsewhere: { sessionId: active.session_id, ticketId: active.work_item_id, ticketTitle: active.work_item_title ?? null },
        };
  }
}
