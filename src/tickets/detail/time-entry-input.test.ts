import { describe, expect, it } from "vitest";
import { addMinutes, checkTimeEntry, minutesBetween, type TimeEntryInput } from "./time-entry-input";

const valid: TimeEntryInput = {
  serviceId: "svc",
  date: "2026-11-27",
  start: "09:00",
  end: "10:30",
  notes: "  swapped PSU ",
  isBillable: true,
};

describe("checkTimeEntry", () => {
  it("turns local times into UTC with Z, as the server requires", () => {
    const result = checkTimeEntry("t1", valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.startTime).toBe(new Date("2026-11-27T09:00:00").toISOString());
    expect(result.entry.startTime.endsWith("Z")).toBe(true);
    expect(Date.parse(result.entry.endTime) - Date.parse(result.entry.startTime)).toBe(90 * 60_000);
    expect(result.entry.notes).toBe("swapped PSU");
  });

  it("explains a missing service and an end before the start", () => {
    const result = checkTimeEntry("t1", { ...valid, serviceId: "", end: "08:00" });
    expect(result).toEqual({ ok: false, errors: { serviceId: "Choose a service.", end: expect.stringMatching(/after the start/) } });
  });

  it("refuses empty or malformed times", () => {
    const result = checkTimeEntry("t1", { ...valid, start: "", end: "25:99" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.start).toBeDefined();
    expect(result.errors.end).toBeDefined();
  });
});

describe("durations", () => {
  it("sets the end from a duration and measures one", () => {
    expect(addMinutes("09:45", 30)).toBe("10:15");
    expect(addMinutes("23:45", 30)).toBe("");
    expect(minutesBetween("09:00", "10:30")).toBe(90);
  });
});
