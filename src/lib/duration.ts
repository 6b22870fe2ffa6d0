// Lengths of time in words and figures: one place, so every screen says "1 h 30 min" the same way.
import { twoDigits } from "./local-time";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return [hours ? `${hours} h` : "", rest || !hours ? `${rest} min` : ""].filter(Boolean).join(" ");
}

/** "3 d 4 h", "5 h 20 min", "45 min", "under a minute": as precise as a glance needs; the sign is left out. */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span < MINUTE_MS) return "under a minute";
  if (span >= 2 * DAY_MS) {
    const hours = Math.floor((span % DAY_MS) / HOUR_MS);
    return `${Math.floor(span / DAY_MS)} d${hours ? ` ${hours} h` : ""}`;
  }
  return formatMinutes(Math.floor(span / MINUTE_MS));
}

/** "0:05:09", "12:00:00": a running clock; hours grow, minutes and seconds keep two digits. */
export function formatElapsed(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 3600)}:${twoDigits(Math.floor(seconds / 60) % 60)}:${twoDigits(seconds % 60)}`;
}
