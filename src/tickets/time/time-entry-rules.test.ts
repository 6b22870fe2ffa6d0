import { describe, expect, it } from "vitest";
import { checkTimeEntry, durationEndingAt, minutesBetween, type TimeEntryValues } from "./time-entry-rules";

const valid: TimeEntryValues = {
  serviceId: "svc",
  start: "2026-11-27T09:00",
  end: "2026-11-27T10:30",
  notes: "swapped PSU",
  isBillable: true,
};
const later = new Date("2026-11-28T12:00").getTime();

describe("the rules for a time entry", () => {
  it("accepts an entry and gives its times", () => {
    expect(checkTimeEntry(valid, later)).toEqual({
      ok: true,
      start: new Date("2026-11-27T09:00").getTime(),
      end: new Date("2026-11-27T10:30").getTime(),
    });
  });

  it("accepts an entry that crosses midnight: a night call-out is one piece of work", () => {
    expect(checkTimeEntry({ ...valid, start: "2026-11-27T22:30", end: "2026-11-28T01:15" }, later).ok).toBe(true);
  });

  it("explains a missing service and an end before the start", () => {
    expect(checkTimeEntry({ ...valid, serviceId: "", end: "2026-11-27T08:00" }, later)).toEqual({
      ok: false,
      errors: { serviceId: "Choose a service.", end: "The end must be after the start." },
    });
  });

  it("refuses an end equal to the start", () => {
    expect(checkTimeEntry({ ...valid, end: valid.start }, later)).toMatchObject({ errors: { end: "The end must be after the start." } });
  });

  it("refuses an entry longer than 24 hours, and takes one of exactly 24", () => {
    expect(checkTimeEntry({ ...valid, end: "2026-11-28T09:01" }, later)).toMatchObject({
      errors: { end: "An entry can't be longer than 24 hours." },
    });
    expect(checkTimeEntry({ ...valid, end: "2026-11-28T09:00" }, later).ok).toBe(true);
  });

  it("refuses an end in the future, allowing the minute the clock is in", () => {
    const now = new Date("2026-11-27T10:28:30").getTime();
    expect(checkTimeEntry(valid, now)).toMatchObject({ errors: { end: "The end is in the future. Log time you have already worked." } });
    expect(checkTimeEntry({ ...valid, end: "2026-11-27T10:30" }, new Date("2026-11-27T10:29:10").getTime()).ok).toBe(true);
  });

  it("refuses emptied or malformed times", () => {
    expect(checkTimeEntry({ ...valid, start: "", end: "2026-11-27T25:99" }, later)).toEqual({
      ok: false,
      errors: { start: "Enter a start date and time.", end: "Enter an end date and time." },
    });
  });
});

describe("durations", () => {
  const now = new Date("2026-11-27T10:07:30").getTime();

  it("count back from now, or from the end the user set, never forward into the future", () => {
    expect(durationEndingAt(null, 60, now)).toEqual({ start: "2026-11-27T09:07", end: "2026-11-27T10:07" });
    expect(durationEndingAt("2026-11-27T09:30", 30, now)).toEqual({ start: "2026-11-27T09:00", end: "2026-11-27T09:30" });
    expect(durationEndingAt("2026-11-27T11:00", 30, now)).toEqual({ start: "2026-11-27T09:37", end: "2026-11-27T10:07" });
    expect(durationEndingAt("2026-11-26T18:00", 120, now)).toEqual({ start: "2026-11-26T16:00", end: "2026-11-26T18:00" });
  });

  it("cross midnight when the work did", () => {
    expect(durationEndingAt("2026-11-27T00:20", 30, now)).toEqual({ start: "2026-11-26T23:50", end: "2026-11-27T00:20" });
  });

  it("measure the minutes between two times", () => {
    expect(minutesBetween("2026-11-27T23:00", "2026-11-28T00:30")).toBe(90);
    expect(minutesBetween("", "2026-11-28T00:30")).toBeNull();
  });
});
