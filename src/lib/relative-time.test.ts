import { describe, expect, it } from "vitest";
import { exactTime, relativeTime } from "./relative-time";

const now = Date.parse("2026-11-28T12:00:00.000Z");

describe("relativeTime", () => {
  it("says 'now' for the last few seconds", () => {
    expect(relativeTime("2026-11-28T11:59:50.000Z", now, "en")).toBe("now");
  });
  it("counts minutes, hours and days in the past and future", () => {
    expect(relativeTime("2026-11-28T11:55:00.000Z", now, "en")).toBe("5 min. ago");
    expect(relativeTime("2026-11-28T09:00:00.000Z", now, "en")).toBe("3 hr. ago");
    expect(relativeTime("2026-11-26T12:00:00.000Z", now, "en")).toBe("2 days ago");
    expect(relativeTime("2026-11-30T12:00:00.000Z", now, "en")).toBe("in 2 days");
  });
  it("gives nothing for a value that is not a date rather than 'NaN'", () => {
    expect(relativeTime("not a date", now, "en")).toBe("");
    expect(exactTime("not a date", "en")).toBe("");
  });
});
