import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { ApiError } from "./errors";
import { featureAnswer, type FeatureState } from "./feature-answers";
import { dataEnvelope } from "./schemas/envelopes";
import type { NewTimeEntry } from "./time-entries";
import { stopwatchSessionSchema, type StopwatchSession } from "./schemas/stopwatch";

const sessionEnvelope = dataEnvelope(stopwatchSessionSchema);
const ACTIVE = "api/v1/stopwatch/active";
const sessionPath = (sessionId: string, action = "") => `api/v1/stopwatch/${encodeURIComponent(sessionId)}${action}`;

/**
 * The probe for the stopwatch (awareness §10.4): the caller's open session. An older server has no such route (404
 * HTML: off); 403 means the role lacks `time_entry:read`. Null when the answer says nothing (offline, a timeout).
 */
export async function probeStopwatch(api: ApiClient): Promise<FeatureState | null> {
  try {
    await getActiveStopwatch(api);
    return { on: true };
  } catch (error) {
    return featureAnswer(ACTIVE, error)?.state ?? null;
  }
}

/** The caller's open (running or paused) session, or null. */
export async function getActiveStopwatch(api: ApiClient): Promise<StopwatchSession | null> {
  const { data } = await api.request(ACTIVE, { schema: dataEnvelope(z.nullable(stopwatchSessionSchema)) });
  return data;
}

export type StopwatchStart = { started: StopwatchSession } | { open: StopwatchSession };

/** Starts one (201); a session already open, here or elsewhere, comes back as `open` from the 409's details. */
export async function startStopwatch(api: ApiClient, ticketId: string, serviceId: string | null): Promise<StopwatchStart> {
  try {
    const { data } = await api.request("api/v1/stopwatch", {
      method: "POST",
      body: { work_item_type: "ticket", work_item_id: ticketId, service_id: serviceId || null },
      schema: sessionEnvelope,
    });
    return { started: data };
  } catch (error) {
    const open = openSessionOf(error);
    if (open) return { open };
    throw error;
  }
}

function openSessionOf(error: unknown): StopwatchSession | null {
  if (!(error instanceof ApiError && error.kind === "conflict")) return null;
  const details = error.details as { reason?: unknown; open_session?: unknown } | undefined;
  if (details?.reason !== "open_session_exists") return null;
  const parsed = stopwatchSessionSchema.safeParse(details.open_session);
  return parsed.success ? parsed.data : null;
}

/** Pause and resume are idempotent on the server: sending one twice changes nothing. */
export async function setStopwatchRunning(api: ApiClient, sessionId: string, running: boolean): Promise<StopwatchSession> {
  const { data } = await api.request(sessionPath(sessionId, running ? "/resume" : "/pause"), { method: "POST", schema: sessionEnvelope });
  return data;
}

/**
 * Turns the session into one draft time entry (201), with the reviewed times and fields when given, else the
 * session's own; the session is then `logged`.
 */
export async function logStopwatch(api: ApiClient, sessionId: string, log: Partial<Omit<NewTimeEntry, "ticketId">>): Promise<void> {
  await api.request(sessionPath(sessionId, "/log"), {
    method: "POST",
    body: { start_time: log.startTime, end_time: log.endTime, notes: log.notes, service_id: log.serviceId, is_billable: log.isBillable },
    schema: z.unknown(),
  });
}

/** Discards the session (204, idempotent). */
export async function discardStopwatch(api: ApiClient, sessionId: string): Promise<void> {
  await api.request(sessionPath(sessionId), { method: "DELETE", schema: z.unknown() });
}

/** A session the server closed already (logged or discarded, here or elsewhere): 409 "already closed", or 404. */
export const isClosedSession = (error: unknown): boolean =>
  error instanceof ApiError && (error.kind === "not_found" || (error.kind === "conflict" && /already closed/i.test(error.message)));
