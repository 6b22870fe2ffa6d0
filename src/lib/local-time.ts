// Dates and times in the user's time zone (the Alga one when the server gives it, else the device's:
// user-locale.ts), as HTML date, time and date-and-time inputs hold them: "yyyy-mm-dd", "HH:mm" and
// "yyyy-mm-ddTHH:mm". Always built from numbers (Intl parts in Latin digits, or arithmetic): locale text
// ("09.12" in Finnish, native digits in Arabic, "24:05" for 00:05 in some engines) is not a value an input accepts.
import { activeLocale, activeTimeZone } from "./user-locale";
import { firstDayOfWeek } from "./week-start";

/** A number as two digits: "05". */
export const twoDigits = (value: number) => String(value).padStart(2, "0");

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

// One formatter per zone: building one costs far more than using it.
const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? "";
  let format = partFormatters.get(key);
  if (!format) {
    // Numbers only: "en" with Latin digits and a 0–23 clock, whatever the user's language.
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      numberingSystem: "latn",
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    partFormatters.set(key, format);
  }
  return format;
}

/** The wall clock in the user's time zone at `time`. */
function wallClock(time: number): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(activeTimeZone()).formatToParts(time)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** The instant at which the user's time zone shows this wall clock (the earlier one when a clock change repeats it). */
function instantOf(clock: Omit<WallClock, "second">): number {
  const asUtc = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
  const offsetAt = (time: number) => {
    const seen = wallClock(time);
    return Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second) - Math.floor(time / 1000) * 1000;
  };
  // Two rounds: the offset at the first guess may differ from the one at the answer across a clock change.
  const first = asUtc - offsetAt(asUtc);
  return asUtc - offsetAt(first);
}

/** The calendar day of a UTC instant. */
const wallClockUtc = (time: number) => {
  const date = new Date(time);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
};

const dayOf = ({ year, month, day }: Pick<WallClock, "year" | "month" | "day">) => `${year}-${twoDigits(month)}-${twoDigits(day)}`;

/** "yyyy-mm-dd" of `date` in the user's time zone. */
export function localDateValue(date: Date): string {
  return dayOf(wallClock(date.getTime()));
}

/** "HH:mm" for a number of minutes since midnight. */
export function clockTime(minutes: number): string {
  return `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}

/** "HH:mm" of `date` in the user's time zone, to the minute. */
export function clockOf(date: Date): string {
  const clock = wallClock(date.getTime());
  return clockTime(clock.hour * 60 + clock.minute);
}

/** Minutes since midnight of an "HH:mm" value, or null when it is not one. */
export function clockMinutes(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** The value of a `datetime-local` input ("2026-11-03T09:12") for a time, in the user's zone. */
export function toLocalInput(time: number): string {
  const date = new Date(time);
  return `${localDateValue(date)}T${clockOf(date)}`;
}

/** The time a `datetime-local` value stands for in the user's zone, or null when it is not one (an emptied input). */
export function fromLocalInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  // "25:09" or "02-30" are no times: Date.UTC would roll them over into the next hour or month.
  if (hour > 23 || minute > 59 || dayOf(wallClockUtc(Date.UTC(year, month - 1, day))) !== dayOf({ year, month, day })) return null;
  const time = instantOf({ year, month, day, hour, minute });
  return Number.isNaN(time) ? null : time;
}

/** The midnight in the user's zone that ends the day holding `time` (a day is not always 24 h: daylight saving). */
export function startOfNextDay(time: number): number {
  const [year, month, day] = shiftedDay(localDateValue(new Date(time)), 1)
    .split("-")
    .map(Number) as [number, number, number];
  return instantOf({ year, month, day, hour: 0, minute: 0 });
}

/** A week in the user's time zone, as `yyyy-mm-dd` days, from the first day of their week (week-start.ts). */
export interface Week {
  from: string;
  to: string;
  days: string[];
}

/** The week holding `date` (in the user's zone), moved by `offset` weeks; `firstDay` 1 (Monday) to 7 (Sunday). */
export function weekOf(date: Date, offset = 0, firstDay = firstDayOfWeek(activeLocale())): Week {
  const today = localDateValue(date);
  // getUTCDay counts from Sunday = 0; week data from Monday = 1 to Sunday = 7.
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7;
  const first = shiftedDay(today, -((weekday - firstDay + 7) % 7) + offset * 7);
  const days = Array.from({ length: 7 }, (_, index) => shiftedDay(first, index));
  return { from: days[0]!, to: days[6]!, days };
}

/** The "yyyy-mm-dd" day `days` after (or before) `day`, counted in calendar days (no zone involved). */
export function shiftedDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return dayOf(wallClockUtc(date.getTime()));
}
