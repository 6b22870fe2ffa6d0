import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope } from "./schemas/envelopes";
import { timeEntryRecordSchema, timeSessionSchema } from "./schemas/time-tracking";

const sessionEnvelope = dataEnvelope(timeSessionSchema);
const activeEnvelope = dataEnvelope(z.nullable(timeSessionSchema));
const entryEnvelope = dataEnvelope(timeEntryRecordSchema);

/**
 * Starts the server timer on a ticket. A second start is a 409 (another device may hold a timer):
 * the caller then reads `getActiveSession`. There is no pause on the server (fieldkit §4.9).
 */
export async function startTracking(api: ApiClient, start: { ticketId: string; serviceId: string; notes?: string }) {
  const { data } = await api.request("api/v1/time-entries/start-tracking", {
    method: "POST",
    body: { work_item_type: "ticket", work_item_id: start.ticketId, service_id: start.serviceId, notes: start.notes || undefined },
    schema: sessionEnvelope,
  });
  return data;
}

/** The caller's running timer, or null (fieldkit §4.7). */
export async function getActiveSession(api: ApiClient, signal?: AbortSignal) {
  const { data } = await api.request("api/v1/time-entries/active-session", { schema: activeEnvelope, signal });
  return data;
}

export interface TimerStop {
  /** ISO 8601 in UTC ending in `Z`; the server truncates it to the minute and does not check it is after the start. */
  endTime: string;
  notes?: string;
  serviceId?: string;
  isBillable?: boolean;
}

/**
 * Turns the running timer into a time entry (201). A second stop is a 404 "Active session not found",
 * the same answer as for a timer stopped elsewhere: the caller then looks for the entry before retrying.
 */
export async function stopTracking(api: ApiClient, sessionId: string, stop: TimerStop) {
  // The id is read from the raw URL, so nothing may follow it (fieldkit §4.8).
  const { data } = await api.request(`api/v1/time-entries/stop-tracking/${encodeURIComponent(sessionId)}`, {
    method: "POST",
    body: { end_time: stop.endTime, notes: stop.notes || undefined, service_id: stop.serviceId, is_billable: stop.isBillable },
    schema: entryEnvelope,
  });
  return data;
}
