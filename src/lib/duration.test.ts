import { describe, expect, it } from "vitest";
import { formatElapsed, formatMinutes, formatSpan } from "./duration";

const minutes = (count: number) => count * 60_000;

describe("lengths of time", () => {
  it("says minutes as hours and minutes", () => {
    expect(formatMinutes(0)).toBe("0 min");
    expect(formatMinutes(45)).toBe("45 min");
    expect(formatMinutes(60)).toBe("1 h");
    expect(formatMinutes(90)).toBe("1 h 30 min");
  });

  it("says a span as precisely as a glance needs", () => {
    expect(formatSpan(minutes(0.5))).toBe("under a minute");
    expect(formatSpan(minutes(45))).toBe("45 min");
    expect(formatSpan(minutes(125))).toBe("2 h 5 min");
    expect(formatSpan(-minutes(120))).toBe("2 h");
    expect(formatSpan(minutes(3 * 24 * 60 + 4 * 60 + 10))).toBe("3 d 4 h");
  });

  it("shows a running clock in hours, minutes and seconds", () => {
    expect(formatElapsed(0)).toBe("0:00:00");
    expect(formatElapsed(3_723_000)).toBe("1:02:03");
    expect(formatElapsed(13 * 3600_000)).toBe("13:00:00");
  });
});
