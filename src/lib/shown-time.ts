import { activeLocale, activeTimeZone } from "./user-locale";

// Formatters cost far more to build than to use: one per locale, time zone and style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function format(style: string, options: Intl.DateTimeFormatOptions, time: Date): string {
  if (Number.isNaN(time.getTime())) return "";
  const [locale, timeZone] = [activeLocale(), activeTimeZone()];
  const key = `${style}:${locale}:${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return formatter.format(time);
}

/** "Dec 7, 5:30 PM" / "7 grudnia, 17:30": a moment of the last weeks, in the user's locale and time zone. */
export const shortDateTime = (time: Date) => format("short", { month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }, time);

/** "5:30 PM" / "17:30", in the user's locale and time zone. */
export const timeOfDay = (time: Date) => format("clock", { hour: "numeric", minute: "2-digit" }, time);

/** "7 December 2026" / "7 grudnia 2026", in the user's locale and time zone. */
export const longDate = (time: Date) => format("long", { day: "numeric", month: "long", year: "numeric" }, time);
