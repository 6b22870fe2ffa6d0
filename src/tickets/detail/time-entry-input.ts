import type { NewTimeEntry } from "../../api/time-entries";
import { clockMinutes, clockTime } from "../../lib/local-time";

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
export function checkTimeEntry(ticketId: string, input: TimeEntryInput): TimeEntryCheck {
  const errors: Partial<Record<keyof TimeEntryInput, string>> = {};
  if (!input.serviceId) errors.serviceId = "Choose a service.";
  const start = localDateTime(input.date, input.start);
  const end = localDateTime(input.date, input.end);
  if (!start) errors.start = "Enter a start time.";
  if (!end) errors.end = "Enter an end time.";
  if (start && end && end <= start) errors.end = "The end must be after the start (entries can't cross midnight).";
  if (start && start.getTime() > Date.now() + 24 * 3600_000) errors.date = "That date is in the future.";
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

/** "HH:mm" that is `minutes` after `start` (for the duration buttons), or "" past midnight. */
export function addMinutes(start: string, minutes: number): string {
  const from = clockMinutes(start);
  if (from === null || from + minutes >= 24 * 60) return "";
  return clockTime(from + minutes);
}

export function minutesBetween(start: string, end: string): number | null {
  const [from, to] = [clockMinutes(start), clockMinutes(end)];
  return from === null || to === null ? null : to - from;
}
