import type { ApiClient } from "../../api/client";
import { ApiError } from "../../api/errors";
import type { TimeEntryRecord } from "../../api/schemas/time-tracking";
import { createTimeEntry, type NewTimeEntry } from "../../api/time-entries";
import { deleteTimeEntry, getTimeEntry, updateTimeEntry, type TimeEntryChange } from "../../api/time-entry-records";
import { stopTracking } from "../../api/time-tracking";
import type { Change, QueuedChange } from "./change";
import { minute } from "./lookalikes";
import { sendStopwatchDiscard, sendStopwatchLog } from "./send-stopwatch";

type Of<K extends Change["kind"]> = Extract<Change, { kind: K }>;

const isNotFound = (error: unknown) => error instanceof ApiError && error.kind === "not_found";

/**
 * POSTs a new entry. A re-sent one whose first answer was lost gets the overlap 409 from itself, but so does one
 * that overlaps another entry (contract §10): the 409 means it landed only when `landed` finds it listed.
 */
export async function sendNewTimeEntry(api: ApiClient, entry: NewTimeEntry, landed: () => Promise<boolean>): Promise<void> {
  try {
    await createTimeEntry(api, entry);
  } catch (error) {
    if (error instanceof ApiError && error.kind === "conflict" && (await landed())) return;
    throw error;
  }
}

/**
 * Turns the server's timer session into the entry the technician reviewed. The session knows only its
 * start (no pauses, fieldkit §4.9), so after the stop the entry's times are set to the device's when
 * they differ. A second stop is a 404, as is a session stopped in Alga: the entry is then read and
 * corrected; a session deleted in Alga meanwhile leaves only a new entry to log.
 */
export async function sendTimerStop(api: ApiClient, change: Of<"timerStop">, landed: () => Promise<boolean>): Promise<void> {
  const { entry, sessionId } = change;
  if (change.stopwatch) return sendStopwatchLog(api, sessionId, entry, landed);
  let stopped: TimeEntryRecord | null;
  try {
    stopped = await stopTracking(api, sessionId, {
      endTime: entry.endTime,
      notes: entry.notes,
      serviceId: entry.serviceId,
      isBillable: entry.isBillable,
    });
  } catch (error) {
    if (!isNotFound(error)) throw error;
    stopped = await getTimeEntry(api, sessionId).catch((lookup: unknown) => {
      if (isNotFound(lookup)) return null;
      throw lookup;
    });
  }
  if (!stopped) return sendNewTimeEntry(api, entry, landed);
  const wanted: TimeEntryChange = {
    start_time: entry.startTime,
    end_time: entry.endTime,
    notes: entry.notes,
    service_id: entry.serviceId,
    is_billable: entry.isBillable,
  };
  const sameTimes = minute(stopped.start_time) === minute(entry.startTime) && minute(stopped.end_time) === minute(entry.endTime);
  const sameTicket = stopped.work_item_id === entry.ticketId;
  if (sameTimes && sameTicket && stopped.is_billable === entry.isBillable) return;
  await updateTimeEntry(api, sessionId, sameTicket ? wanted : { ...wanted, work_item_id: entry.ticketId, work_item_type: "ticket" });
}

/**
 * An edit of the user's own entry. PUT sets the same values however often it is sent, so a retry is
 * harmless; the entry's `updated_at` as the user saw it (the change's base) tells someone else's newer edit.
 */
export async function sendTimeEntryEdit(api: ApiClient, item: QueuedChange, change: Of<"timeEntryEdit">): Promise<"sent" | "conflict"> {
  if (item.baseUpdatedAt && !item.force) {
    const current = await getTimeEntry(api, change.entryId);
    if (current.updated_at && current.updated_at !== item.baseUpdatedAt && !sameValues(current, change.set)) return "conflict";
  }
  await updateTimeEntry(api, change.entryId, change.set);
  return "sent";
}

/** Our own edit that landed but whose answer was lost also moves `updated_at`: it is no conflict. */
function sameValues(current: TimeEntryRecord, set: TimeEntryChange): boolean {
  return (
    (set.start_time === undefined || minute(set.start_time) === minute(current.start_time)) &&
    (set.end_time === undefined || minute(set.end_time) === minute(current.end_time)) &&
    (set.notes === undefined || set.notes === (current.notes ?? "")) &&
    (set.service_id === undefined || set.service_id === current.service_id) &&
    (set.is_billable === undefined || set.is_billable === current.is_billable)
  );
}

/** A delete of an entry already gone (our own lost answer, or deleted in Alga) is done. */
export async function sendTimeEntryDelete(api: ApiClient, change: Of<"timeEntryDelete">): Promise<void> {
  if (change.stopwatch) return sendStopwatchDiscard(api, change.entryId);
  try {
    await deleteTimeEntry(api, change.entryId);
  } catch (error) {
    if (!isNotFound(error)) throw error;
  }
}
