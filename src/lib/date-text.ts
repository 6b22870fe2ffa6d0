// Dates and times as text, in the active language and the user's time zone (user-locale.ts). Display only:
// an input's value comes from local-time.ts.
import { activeLocale, activeTimeZone } from "./user-locale";

// Building a formatter costs far more than using one: one per locale, zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = activeLocale();
  const timeZone = activeTimeZone();
  const key = `${style}:${locale}:${timeZone ?? ""}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

/** "09:12": `hourCycle`, not `hour12: false`, which some engines map to h24 and show 00:05 as "24:05". */
export const clockText = (date: Date) => formatterFor("clock", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(date);

/** "Tue, Nov 3". */
export const dayText = (date: Date) => formatterFor("day", { weekday: "short", month: "short", day: "numeric" }).format(date);

/** "Dec 7, 5:30 PM" / "7 gru, 17:30": a moment of the last weeks, in the user's clock. */
export const shortDateTime = (date: Date) =>
  formatterFor("short", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(date);

/** "5:30 PM" / "17:30", in the user's clock (12 or 24 hours by the language). */
export const timeOfDay = (date: Date) => formatterFor("time", { hour: "numeric", minute: "2-digit" }).format(date);

/** "December 7, 2026" / "7 grudnia 2026". */
export const longDate = (date: Date) => formatterFor("long", { day: "numeric", month: "long", year: "numeric" }).format(date);
