import { localDateValue, startOfNextDay } from "../../lib/local-time";
import { activeLocale, activeTimeZone } from "../../lib/user-locale";

// Display text only, never an input's value (lib/local-time builds those), in the user's language and
// time zone. `hourCycle`, not `hour12: false`: some engines map the latter to h24 and show 00:05 as "24:05".
const clock = (date: Date) =>
  date.toLocaleTimeString(activeLocale(), { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: activeTimeZone() });
const day = (date: Date) =>
  date.toLocaleDateString(activeLocale(), { weekday: "short", month: "short", day: "numeric", timeZone: activeTimeZone() });

/** "Tue, Nov 3 · 09:12–10:00"; a span over midnight names both days. */
export function whenText(startIso: string, endIso?: string): string {
  const start = new Date(startIso);
  if (!endIso) return `${day(start)} · ${clock(start)}`;
  const end = new Date(endIso);
  const sameDay = localDateValue(start) === localDateValue(end) || end.getTime() === startOfNextDay(start.getTime());
  return sameDay ? `${day(start)} · ${clock(start)}–${clock(end)}` : `${day(start)} ${clock(start)} – ${day(end)} ${clock(end)}`;
}
