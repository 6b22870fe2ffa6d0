import { afterEach, describe, expect, it, vi } from "vitest";
import { fromLocalInput, toLocalInput, whenText } from "./time-text";

// The app formats with the browser's default locale; these tests set that default per case.
function useDefaultLocale(locale: string) {
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

afterEach(() => vi.restoreAllMocks());

const morning = new Date(2026, 10, 3, 9, 12).getTime();
const pastMidnight = new Date(2026, 10, 3, 0, 5).getTime();

describe("the value of a date-and-time input", () => {
  it.each(["fi", "da", "ar-EG", "en-US"])("is yyyy-mm-ddTHH:mm in Latin digits under %s", (locale) => {
    useDefaultLocale(locale);
    expect(toLocalInput(morning)).toBe("2026-11-03T09:12");
    expect(toLocalInput(pastMidnight)).toBe("2026-11-03T00:05");
    expect(fromLocalInput(toLocalInput(pastMidnight))).toBe(pastMidnight);
  });
});

describe("the time shown for an entry", () => {
  it("shows the midnight hour as 00, not 24", () => {
    useDefaultLocale("en-US");
    const text = whenText(new Date(pastMidnight).toISOString(), new Date(pastMidnight + 40 * 60_000).toISOString());
    expect(text).toContain("00:05–00:45");
  });
});
