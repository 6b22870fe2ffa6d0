import { localDateValue } from "../../lib/local-time";

// Display text only, never an input's value (lib/local-time builds those). `hourCycle`, not
// `hour12: false`: some engines map the latter to h24 and show 00:05 as "24:05".
const clock = (date: Date) => date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const day = (date: Date) => date.toLocaleDateString(undefined, { weekday: "short", month: "short", day: "numeric" });

/** "Tue, Nov 3 · 09:12–10:00"; a span over midnight names both days. */
export function whenText(startIso: string, endIso?: string): string {
  const start = new Date(startIso);
  if (!endIso) return `${day(start)} · ${clock(start)}`;
  const end = new Date(endIso);
  const sameDay = localDateValue(start) === localDateValue(end) || end.getTime() - new Date(start).setHours(24, 0, 0, 0) === 0;
  return sameDay ? `${day(start)} · ${clock(start)}–${clock(end)}` : `${day(start)} ${clock(start)} – ${day(end)} ${clock(end)}`;
}
