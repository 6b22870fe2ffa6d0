import { afterEach, describe, expect, it, vi } from "vitest";
import { useDefaultLocale } from "../testing/default-locale";
import { clockMinutes, clockTime, fromLocalInput, localDateValue, shiftedDay, toLocalInput, weekOf } from "./local-time";

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
  it("runs Monday to Sunday around the day", () => {
    expect(weekOf(new Date(2026, 10, 29))).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
    expect(weekOf(new Date(2026, 10, 23))).toMatchObject({ from: "2026-11-23", to: "2026-11-29" });
  });

  it("moves a week back and forth across months", () => {
    expect(weekOf(new Date(2026, 10, 29), 1)).toMatchObject({ from: "2026-11-30", to: "2026-12-06" });
    expect(weekOf(new Date(2026, 10, 29), -4).from).toBe("2026-10-26");
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
