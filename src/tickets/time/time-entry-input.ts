import type { NewTimeEntry } from "../../api/time-entries";
import { clockMinutes, clockOf, clockTime, localDateValue } from "../../lib/local-time";

/** What the time-entry form holds: local date and times as the inputs give them. */
export interface TimeEntryInput {
  serviceId: string;
  date: string; // yyyy-mm-dd, local
  start: string; // HH:mm, local
  end: string; // HH:mm, local
  notes: string;
  isBillable: boolean;
}

export type TimeEntryCheck = { ok: true; entry: NewTimeEntry } | { ok: false; errors: Partial<Record<keyof TimeEntryInput, string>> };

function localDateTime(date: string, time: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const value = new Date(`${date}T${time}:00`);
  return Number.isNaN(value.getTime()) ? null : value;
}

/**
 * Checks the form before anything is queued, in the words a technician understands, and turns it
 * into the server's format: UTC with `Z` (the server refuses offsets), whole minutes.
 */
export function checkTimeEntry(ticketId: string, input: TimeEntryInput, now = new Date()): TimeEntryCheck {
  const errors: Partial<Record<keyof TimeEntryInput, string>> = {};
  if (!input.serviceId) errors.serviceId = "Choose a service.";
  const start = localDateTime(input.date, input.start);
  const end = localDateTime(input.date, input.end);
  if (!start) errors.start = "Enter a start time.";
  if (!end) errors.end = "Enter an end time.";
  if (start && end && end <= start) errors.end = "The end must be after the start (entries can't cross midnight).";
  else if (end && end.getTime() > now.getTime() + 60_000) errors.end = "The end is in the future. Log time you have already worked.";
  if (!start || !end || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    entry: {
      ticketId,
      serviceId: input.serviceId,
      startTime: start.toISOString(),
      endTime: end.toISOString(),
      notes: input.notes.trim(),
      isBillable: input.isBillable,
    },
  };
}

/**
 * A duration button: the `minutes` that end at `end` (now, or the end the user set), and never later
 * than now on today's date. Time is logged for work done, so it counts back, not forward
 * (UX review 2026-11, finding 4). Entries can't cross midnight, so the start stops at 00:00.
 */
export function durationEndingAt(input: Pick<TimeEntryInput, "date" | "end">, minutes: number, now: Date): { start: string; end: string } {
  const latest = input.date === localDateValue(now) ? clockMinutes(clockOf(now))! : 24 * 60 - 1;
  const end = Math.min(clockMinutes(input.end) ?? latest, latest);
  return { start: clockTime(Math.max(end - minutes, 0)), end: clockTime(end) };
}

export function minutesBetween(start: string, end: string): number | null {
  const [from, to] = [clockMinutes(start), clockMinutes(end)];
  return from === null || to === null ? null : to - from;
}
