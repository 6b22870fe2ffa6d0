// Dates and times in the user's time zone, as HTML date, time and date-and-time inputs hold them:
// "yyyy-mm-dd", "HH:mm" and "yyyy-mm-ddTHH:mm". Always built from numbers: locale text ("09.12" in
// Finnish, native digits in Arabic, "24:05" for 00:05 in some engines) is not a value an input accepts.

/** A number as two digits: "05". */
export const twoDigits = (value: number) => String(value).padStart(2, "0");

/** "yyyy-mm-dd" of `date` in the user's time zone. */
export function localDateValue(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** "HH:mm" for a number of minutes since midnight. */
export function clockTime(minutes: number): string {
  return `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`;
}

/** "HH:mm" of `date` in the user's time zone, to the minute. */
export function clockOf(date: Date): string {
  return clockTime(date.getHours() * 60 + date.getMinutes());
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

/** The time a `datetime-local` value stands for, or null when it is not one (an emptied input). */
export function fromLocalInput(value: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const time = new Date(value).getTime();
  return Number.isNaN(time) ? null : time;
}

/** The local midnight that ends the day holding `time` (a day is not always 24 h: daylight saving). */
export function startOfNextDay(time: number): number {
  const day = new Date(time);
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1).getTime();
}

/** A Monday-to-Sunday week in the user's time zone, as `yyyy-mm-dd` days. */
export interface Week {
  from: string;
  to: string;
  days: string[];
}

/** The week holding `date`, moved by `offset` weeks. */
export function weekOf(date: Date, offset = 0): Week {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7) + offset * 7);
  const days = Array.from({ length: 7 }, (_, index) =>
    localDateValue(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + index)),
  );
  return { from: days[0]!, to: days[6]!, days };
}

/** The "yyyy-mm-dd" day `days` after (or before) `day`, counted in calendar days. */
export function shiftedDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00`);
  date.setDate(date.getDate() + days);
  return localDateValue(date);
}
