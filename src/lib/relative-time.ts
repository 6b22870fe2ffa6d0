import { activeLocale, activeTimeZone } from "./user-locale";

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
];

// Building an Intl formatter costs far more than using one; list rows format two times each as
// they scroll into view, so the formatters are made once per locale.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function formatter<T extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = formatters.get(key);
  if (!value) {
    value = make();
    formatters.set(key, value);
  }
  return value as T;
}

/** "5 min ago", "in 2 days", "now" in the user's locale. */
export function relativeTime(iso: string, now: number = Date.now(), locale: string = activeLocale()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (!Number.isFinite(seconds)) return "";
  if (Math.abs(seconds) < 45) {
    return formatter(`auto:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto" })).format(0, "second");
  }
  const format = formatter(`short:${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: "auto", style: "short" }));
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(Math.round(seconds / 60), "minute");
}

/** The exact time in the user's time zone, for a title or a screen reader beside a relative one. */
export function exactTime(iso: string, locale: string = activeLocale()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  const timeZone = activeTimeZone();
  return formatter(
    `exact:${locale}:${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }),
  ).format(date);
}
