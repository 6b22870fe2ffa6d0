import { describe, expect, it } from "vitest";
import { checkTimeEntry, durationEndingAt, minutesBetween, type TimeEntryInput } from "./time-entry-input";

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
    const result = checkTimeEntry("t1", valid, new Date("2026-11-28T00:00:00"));
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
  const now = new Date("2026-11-27T10:07:30");

  it("count back from now, or from the end the user set, never forward into the future", () => {
    expect(durationEndingAt({ date: "2026-11-27", end: "10:07" }, 60, now)).toEqual({ start: "09:07", end: "10:07" });
    expect(durationEndingAt({ date: "2026-11-27", end: "09:30" }, 30, now)).toEqual({ start: "09:00", end: "09:30" });
    expect(durationEndingAt({ date: "2026-11-27", end: "11:00" }, 30, now)).toEqual({ start: "09:37", end: "10:07" });
    expect(durationEndingAt({ date: "2026-11-26", end: "18:00" }, 120, now)).toEqual({ start: "16:00", end: "18:00" });
  });

  it("stop at midnight rather than cross it", () => {
    expect(durationEndingAt({ date: "2026-11-27", end: "00:20" }, 30, now)).toEqual({ start: "00:00", end: "00:20" });
  });

  it("measure the time between two clock times", () => {
    expect(minutesBetween("09:00", "10:30")).toBe(90);
  });
});

describe("checkTimeEntry and the clock", () => {
  it("refuses an end in the future", () => {
    const result = checkTimeEntry("t1", valid, new Date("2026-11-27T10:00:00"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.end).toMatch(/future/);
  });
});
