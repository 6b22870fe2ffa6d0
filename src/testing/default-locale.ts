import { vi } from "vitest";

// The app formats with the browser's default locale: this sets that default for one test (restore the mocks after it).
export function useDefaultLocale(locale: string) {
  const timeText = Date.prototype.toLocaleTimeString;
  const dateText = Date.prototype.toLocaleDateString;
  const chosen = (locales?: Intl.LocalesArgument) =>
    locales === undefined || (Array.isArray(locales) && locales.length === 0) ? locale : locales;
  vi.spyOn(Date.prototype, "toLocaleTimeString").mockImplementation(function (this: Date, locales, options) {
    return timeText.call(this, chosen(locales), options);
  });
  vi.spyOn(Date.prototype, "toLocaleDateString").mockImplementation(function (this: Date, locales, options) {
    return dateText.call(this, chosen(locales), options);
  });
}
