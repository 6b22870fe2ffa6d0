import { describe, expect, it } from "vitest";
import { clockMinutes, clockTime, localDateValue } from "./local-time";

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
