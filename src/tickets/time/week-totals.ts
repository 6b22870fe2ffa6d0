import type { Week } from "../../lib/local-time";

/** Minutes per day of the week and in all, for entries with a local day and a length. */
export function totalsByDay(week: Week, entries: { day: string; minutes: number }[]): { perDay: Map<string, number>; total: number } {
  const perDay = new Map(week.days.map((day) => [day, 0]));
  for (const entry of entries) if (perDay.has(entry.day)) perDay.set(entry.day, perDay.get(entry.day)! + entry.minutes);
  return { perDay, total: [...perDay.values()].reduce((sum, minutes) => sum + minutes, 0) };
}
