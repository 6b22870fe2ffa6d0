import { t } from "../../i18n/active-language";
import { fromLocalInput, toLocalInput } from "../../lib/local-time";

/** What every time-entry form holds: the times as `datetime-local` values, in the user's zone. */
export interface TimeEntryValues {
  serviceId: string;
  start: string;
  end: string;
  notes: string;
  isBillable: boolean;
}

/** One message per field, and one for the entries as a whole (a timer's planned entries). */
export type TimeEntryErrors = Partial<Record<"serviceId" | "start" | "end" | "entries", string>>;

const MINUTE_MS = 60_000;
/** Longer than a day is a timer left running or a wrong date, not one stretch of work. */
const LONGEST_ENTRY_MS = 24 * 60 * MINUTE_MS;
/** The device's clock may run a little ahead of the minute the inputs show. */
const CLOCK_SLACK_MS = MINUTE_MS;

export function serviceError(serviceId: string): string | undefined {
  // The server requires a service on every entry (contract §10).
  return serviceId ? undefined : t("time.errorService");
}

/**
 * The rule for an entry's times, the same in Log time, Edit entry and the timer's Stop review. An
 * entry may cross midnight (a night call-out is one piece of work: each input holds its own date);
 * the timer still offers to split a timer that ran past midnight into one entry per day.
 */
export function spanError(start: number, end: number, now: number): string | undefined {
  if (end <= start) return t("time.errorEndBeforeStart");
  if (end - start > LONGEST_ENTRY_MS) return t("time.errorTooLong");
  if (end > now + CLOCK_SLACK_MS) return t("time.errorFuture");
  return undefined;
}

export type TimeEntryCheck = { ok: true; start: number; end: number } | { ok: false; errors: TimeEntryErrors };

/** Checks a form before anything is queued, in the words a technician understands. */
export function checkTimeEntry(values: TimeEntryValues, now = Date.now()): TimeEntryCheck {
  const errors: TimeEntryErrors = {};
  const service = serviceError(values.serviceId);
  if (service) errors.serviceId = service;
  const start = fromLocalInput(values.start);
  const end = fromLocalInput(values.end);
  if (start === null) errors.start = t("time.errorStart");
  if (end === null) errors.end = t("time.errorEnd");
  const span = start !== null && end !== null ? spanError(start, end, now) : undefined;
  if (span) errors.end = span;
  if (start === null || end === null || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, start, end };
}

/** The whole minutes from `start` to `end` (`datetime-local` values), or null while either is not a time. */
export function minutesBetween(start: string, end: string): number | null {
  const [from, to] = [fromLocalInput(start), fromLocalInput(end)];
  return from === null || to === null ? null : Math.round((to - from) / MINUTE_MS);
}

/**
 * A duration button: the `minutes` that end at `end` (now, or the end the user set), and never later
 * than now. Time is logged for work done, so it counts back, not forward, across midnight when it must.
 */
export function durationEndingAt(end: string | null, minutes: number, now: number): { start: string; end: string } {
  const nowMinute = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  const ends = Math.min((end === null ? null : fromLocalInput(end)) ?? nowMinute, nowMinute);
  return { start: toLocalInput(ends - minutes * MINUTE_MS), end: toLocalInput(ends) };
}
