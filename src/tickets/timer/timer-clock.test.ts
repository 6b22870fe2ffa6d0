import { describe, expect, it } from "vitest";
import { oneSpan, reviewReasons, splitPerDay, workedMs, type TimerRun } from "./timer-clock";

const at = (day: number, hour: number, minute = 0) => new Date(2026, 10, day, hour, minute).getTime();
const MIN = 60_000;

describe("the time a timer counts", () => {
  it("leaves the pauses out", () => {
    const runs: TimerRun[] = [
      { start: at(3, 9), end: at(3, 9, 40) },
      { start: at(3, 10), end: at(3, 10, 20) },
    ];
    expect(workedMs(runs, at(3, 11))).toBe(60 * MIN);
  });

  it("keeps counting the stretch that runs", () => {
    const runs: TimerRun[] = [
      { start: at(3, 9), end: at(3, 9, 30) },
      { start: at(3, 10), end: null },
    ];
    expect(workedMs(runs, at(3, 10, 15))).toBe(45 * MIN);
  });

  it("saves one entry ending at the stop, as long as the time worked", () => {
    const runs: TimerRun[] = [
      { start: at(3, 9), end: at(3, 9, 40) },
      { start: at(3, 10), end: at(3, 10, 20) },
    ];
    expect(oneSpan(runs, at(3, 12))).toEqual({ start: at(3, 9, 20), end: at(3, 10, 20) });
  });
});

describe("a timer that asks before it is saved", () => {
  it("does not ask for an ordinary morning", () => {
    expect(reviewReasons([{ start: at(3, 8), end: at(3, 12) }], at(3, 13))).toEqual({ pastMidnight: false, long: false });
  });

  it("asks when it ran past midnight", () => {
    expect(reviewReasons([{ start: at(3, 22), end: null }], at(4, 1))).toEqual({ pastMidnight: true, long: false });
  });

  it("asks when it ran more than 12 hours, pauses included", () => {
    const runs: TimerRun[] = [
      { start: at(3, 7), end: at(3, 8) },
      { start: at(3, 19, 30), end: null },
    ];
    expect(reviewReasons(runs, at(3, 19, 31))).toEqual({ pastMidnight: false, long: true });
  });

  it("does not ask at exactly 12 hours", () => {
    expect(reviewReasons([{ start: at(3, 8), end: null }], at(3, 20)).long).toBe(false);
  });
});

describe("splitting a timer per day", () => {
  it("cuts a stretch at midnight", () => {
    expect(splitPerDay([{ start: at(3, 22), end: at(4, 1, 30) }], at(4, 2))).toEqual([
      { start: at(3, 22), end: at(4, 0) },
      { start: at(4, 0), end: at(4, 1, 30) },
    ]);
  });

  it("counts each day's worked time without its pauses", () => {
    const runs: TimerRun[] = [
      { start: at(3, 21), end: at(3, 22) },
      { start: at(3, 23), end: at(4, 0, 30) },
      { start: at(4, 8), end: null },
    ];
    const spans = splitPerDay(runs, at(4, 9));
    expect(spans).toEqual([
      { start: at(3, 22), end: at(4, 0) },
      { start: at(4, 7, 30), end: at(4, 9) },
    ]);
    expect(spans.reduce((sum, span) => sum + span.end - span.start, 0)).toBe(workedMs(runs, at(4, 9)));
  });

  it("keeps a timer of one day whole", () => {
    expect(splitPerDay([{ start: at(3, 9), end: at(3, 10) }], at(3, 11))).toEqual([{ start: at(3, 9), end: at(3, 10) }]);
  });
});
