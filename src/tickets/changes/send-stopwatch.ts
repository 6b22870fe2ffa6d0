import type { ApiClient } from "../../api/client";
import { discardStopwatch, isClosedSession, logStopwatch } from "../../api/stopwatch";
import type { NewTimeEntry } from "../../api/time-entries";
import { sendNewTimeEntry } from "./send-time-entry";

/**
 * Logs a newer server's stopwatch session as the entry the technician reviewed (awareness §10.3). A session the
 * server says is closed was either logged by this very change, whose answer was lost (its entry is listed on the
 * ticket: done), or stopped elsewhere: the technician's time is then saved as a plain entry, nothing lost.
 */
export async function sendStopwatchLog(
  api: ApiClient,
  sessionId: string,
  entry: NewTimeEntry,
  landed: () => Promise<boolean>,
): Promise<void> {
  try {
    await logStopwatch(api, sessionId, entry);
  } catch (error) {
    if (!isClosedSession(error)) throw error;
    if (await landed()) return;
    await sendNewTimeEntry(api, entry, landed);
  }
}

/** A discard is idempotent on the server; a session closed meanwhile has nothing left to discard. */
export async function sendStopwatchDiscard(api: ApiClient, sessionId: string): Promise<void> {
  await discardStopwatch(api, sessionId).catch((error: unknown) => {
    if (!isClosedSession(error)) throw error;
  });
}
