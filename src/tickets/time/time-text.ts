import { clockText as clock, dayText as day } from "../../lib/date-text";
import { localDateValue, startOfNextDay } from "../../lib/local-time";

/** "Tue, Nov 3 · 09:12–10:00" in the user's time zone; a span over midnight names both days. */
export function whenText(startIso: string, endIso?: string): string {
  const start = new Date(startIso);
  if (!endIso) return `${day(start)} · ${clock(start)}`;
  const end = new Date(endIso);
  const sameDay = localDateValue(start) === localDateValue(end) || end.getTime() === startOfNextDay(start.getTime());
  return sameDay ? `${day(start)} · ${clock(start)}–${clock(end)}` : `${day(start)} ${clock(start)} – ${day(end)} ${clock(end)}`;
}
