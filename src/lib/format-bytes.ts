import { activeLocale } from "./user-locale";

// French writes octets; the other languages the app speaks write bytes as B.
const frenchUnits = ["o", "Ko", "Mo"] as const;
const units = ["B", "KB", "MB"] as const;

/** A size in plain words, in the decimal units phones and Finder show (1 MB = 1 000 000 bytes), in the user's locale. */
export function formatBytes(bytes: number): string {
  const locale = activeLocale();
  const [b, kb, mb] = locale.startsWith("fr") ? frenchUnits : units;
  const number = (value: number) => value.toLocaleString(locale, { maximumFractionDigits: 1 });
  if (bytes < 1_000) return `${number(bytes)} ${b}`;
  if (bytes < 1_000_000) return `${number(Math.round(bytes / 1_000))} ${kb}`;
  return `${number(bytes / 1_000_000)} ${mb}`;
}
