import { createExternalStore } from "./external-store";

/**
 * The locale and time zone every date, time, number and duration is shown in. The locale is the active
 * language's (set by i18n/); the time zone is the user's Alga one when the server gives it (contract
 * awareness §6.1), else undefined: the device's.
 */
export interface UserLocale {
  locale: string;
  timeZone: string | undefined;
}

export const userLocale = createExternalStore<UserLocale>({ locale: "en", timeZone: undefined });

export const activeLocale = () => userLocale.get().locale;
export const activeTimeZone = () => userLocale.get().timeZone;

/** A time zone this browser knows, or undefined (an unknown IANA name would make every Intl call throw). */
export function knownTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return undefined;
  }
}

export function setUserTimeZone(zone: string | null | undefined): void {
  const timeZone = knownTimeZone(zone);
  if (timeZone !== activeTimeZone()) userLocale.set({ ...userLocale.get(), timeZone });
}

export function setUserLocaleTag(locale: string): void {
  if (locale !== activeLocale()) userLocale.set({ ...userLocale.get(), locale });
}
