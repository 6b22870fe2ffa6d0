// Dates and times as HTML date and time inputs hold them: local, "yyyy-mm-dd" and "HH:mm".

const pad = (value: number) => String(value).padStart(2, "0");

/** "yyyy-mm-dd" of `date` in the user's time zone. */
export function localDateValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "HH:mm" for a number of minutes since midnight. */
export function clockTime(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * "HH:mm" of `date` in the user's time zone, to the minute. Built from numbers: locale text ("09.12"
 * in Finnish, native digits in Arabic, "24:05" for 00:05 in some engines) is not a value an input accepts.
 */
export function clockOf(date: Date): string {
  return clockTime(date.getHours() * 60 + date.getMinutes());
}

/** Minutes since midnight of an "HH:mm" value, or null when it is not one. */
export function clockMinutes(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
