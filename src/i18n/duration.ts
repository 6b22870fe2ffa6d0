// Lengths of time in the active language's words ("1 h 30 min", "1 godz. 30 min", "3 Tage 4 Std."): one
// place, so every screen says them the same way. The catalogues, not Intl's unit formats: those differ
// between browsers' data versions and write English "1 hr", where the app says "1 h".
import { t } from "./active-language";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** "1 h 30 min", "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return t("duration.minutes", { n: rest });
  return rest ? t("duration.hoursMinutes", { hours, minutes: rest }) : t("duration.hours", { n: hours });
}

/** True for a span too short for `formatSpan`: the caller says it in a sentence of its own ("due in under a minute"). */
export const isUnderAMinute = (ms: number) => Math.abs(ms) < MINUTE_MS;

/** "3 d 4 h", "5 h 20 min", "45 min": as precise as a glance needs; the sign is left out. */
export function formatSpan(ms: number): string {
  const span = Math.abs(ms);
  if (span >= 2 * DAY_MS) {
    const [days, hours] = [Math.floor(span / DAY_MS), Math.floor((span % DAY_MS) / HOUR_MS)];
    return hours ? t("duration.daysHours", { n: days, hours }) : t("duration.days", { n: days });
  }
  return formatMinutes(Math.floor(span / MINUTE_MS));
}
