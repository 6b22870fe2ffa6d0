import { afterEach, describe, expect, it, vi } from "vitest";
import { useDefaultLocale } from "../testing/default-locale";
import {
  clockMinutes,
  clockOf,
  clockTime,
  fromLocalInput,
  localDateValue,
  shiftedDay,
  startOfNextDay,
  toLocalInput,
  weekOf,
} from "./local-time";
import { setUserLocaleTag, setUserTimeZone } from "./user-locale";

afterEach(() => vi.restoreAllMocks());

const morning = new Date(2026, 10, 3, 9, 12).getTime();
const pastMidnight = new Date(2026, 10, 3, 0, 5).getTime();

describe("local date and time values", () => {
  it("formats a date as a date input holds it, in local time", () => {
    expect(localDateValue(new Date(2026, 0, 5, 23, 59))).toBe("2026-01-05");
  });
  it("turns minutes into HH:mm and back", () => {
    expect(clockTime(9 * 60 + 5)).toBe("09:05");
    expect(clockMinutes("09:05")).toBe(545);
    expect(clockMinutes("9:5")).toBeNull();
  });
});

describe("the week", () => {
  it("runs Monday to Sunday around the day where the week starts on Monday", () => {
    expect(weekOf(new Date(2026, 10, 29), 0, 1)).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekOf(new Date(2026, 10, 23), 0, 1)).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
  });

  it("runs Sunday to Saturday where the week starts on Sunday", () => {
    expect(weekOf(new Date(2026, 10, 29), 0, 7)).toMatchObject({ from: "2026-11-29", to: "2026-12-05" });
    expect(weekOf(new Date(2026, 10, 28), 0, 7)).toMatchObject({ from: "2026-11-22", to: "2026-11-28" });
  });

  it("starts on the first day of the active language's week", () => {
    setUserLocaleTag("pl");
    expect(weekOf(new Date(2026, 10, 29)).from).toBe("2026-11-23");
    setUserLocaleTag("pt-BR");
    expect(weekOf(new Date(2026, 10, 29)).from).toBe("2026-11-29");
    setUserLocaleTag("en");
  });

  it("moves a week back and forth across months", () => {
    expect(weekOf(new Date(2026, 10, 29), 1, 1)).toMatchObject({ from: "2026-11-30", to: "2026-12-06" });
    expect(weekOf(new Date(2026, 10, 29), -4, 1).from).toBe("2026-10-26");
  });

  it("shifts a day across a month", () => {
    expect(shiftedDay("2026-11-30", 1)).toBe("2026-12-01");
    expect(shiftedDay("2026-12-01", -1)).toBe("2026-11-30");
  });
});

describe("the value of a date-and-time input", () => {
  it.each(["fi", "da", "ar-EG", "en-US"])("is yyyy-mm-ddTHH:mm in Latin digits under %s", (locale) => {
    useDefaultLocale(locale);
    expect(toLocalInput(morning)).toBe("2026-11-03T09:12");
    expect(toLocalInput(pastMidnight)).toBe("2026-11-03T00:05");
    expect(fromLocalInput(toLocalInput(pastMidnight))).toBe(pastMidnight);
  });
});

describe("in the user's Alga time zone, not the device's", () => {
  // 2026-11-03 23:30 UTC: already the 4th in Auckland (+13), still the 3rd in New York (-5).
  const lateUtc = Date.UTC(2026, 10, 3, 23, 30);
  afterEach(() => setUserTimeZone(undefined));

  it.each([
    ["Pacific/Auckland", "2026-11-04T12:30"],
    ["America/New_York", "2026-11-03T18:30"],
  ])("shows and reads back the time in %s", (zone, value) => {
    setUserTimeZone(zone);
    expect(toLocalInput(lateUtc)).toBe(value);
    expect(fromLocalInput(value)).toBe(lateUtc);
    expect(localDateValue(new Date(lateUtc))).toBe(value.slice(0, 10));
  });

  it.each(["fi", "ar-EG"])("gives input values in Latin digits whatever the locale (%s)", (locale) => {
    useDefaultLocale(locale);
    setUserLocaleTag(locale);
    setUserTimeZone("Asia/Kolkata");
    expect(toLocalInput(lateUtc)).toBe("2026-11-04T05:00");
    expect(clockOf(new Date(lateUtc))).toBe("05:00");
    setUserLocaleTag("en");
  });

  it("ends the day at the zone's midnight across a clock change", () => {
    setUserTimeZone("Europe/Berlin");
    // 2026-10-25 is 25 hours long in Berlin (summer time ends): the next midnight is 23:00 UTC.
    expect(startOfNextDay(Date.UTC(2026, 9, 25, 10))).toBe(Date.UTC(2026, 9, 25, 23));
    expect(weekOf(new Date(Date.UTC(2026, 9, 25, 22, 30)), 0, 1)).toMatchObject({ from: "2026-10-19", to: "2026-10-25" });
  });

  it("refuses values that are no time", () => {
    expect(fromLocalInput("2026-02-30T10:00")).toBeNull();
    expect(fromLocalInput("2026-11-03T24:00")).toBeNull();
  });
});
