import { localDateValue } from "../../lib/local-time";

/** A Monday-to-Sunday week in the user's time zone, as `YYYY-MM-DD` days. */
export interface Week {
  from: string;
  to: string;
  days: string[];
}

/**
 * The week holding `date`, moved by `offset` weeks. Time periods are normally refused (403, fieldkit
 * §4.1), so the week is the device's own calendar week, not a server period.
 */
export function weekOf(date: Date, offset = 0): Week {
  const monday = new Date(date.getFullYear(), date.getMonth(), date.getDate() - ((date.getDay() + 6) % 7) + offset * 7);
  const days = Array.from({ length: 7 }, (_, index) =>
    localDateValue(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + index)),
  );
  return { from: days[0]!, to: days[6]!, days };
}

/** Minutes per day of the week and in all, for entries with a local day and a length. */
export function totalsByDay(week: Week, entries: { day: string; minutes: number }[]): { perDay: Map<string, number>; total: number } {
  const perDay = new Map(week.days.map((day) => [day, 0]));
  for (const entry of entries) if (perDay.has(entry.day)) perDay.set(entry.day, perDay.get(entry.day)! + entry.minutes);
  return { perDay, total: [...perDay.values()].reduce((sum, minutes) => sum + minutes, 0) };
}
