import { startOfNextDay } from "../../lib/local-time";

/**
 * The arithmetic of a timer kept on the device. The server has no pause (fieldkit §4.9), so the timer is
 * a list of running stretches: a pause ends one, a resume starts the next, and what counts is their sum.
 */

/** One stretch the timer ran, in epoch milliseconds; `end` is null while it runs. */
export interface TimerRun {
  start: number;
  end: number | null;
}

/** A span of worked time to save as one time entry. */
export interface WorkedSpan {
  start: number;
  end: number;
}

const MINUTE = 60_000;
/** A server session that started this long before the device's timer is someone else's (clock skew allowed). */
export const SESSION_SKEW_MS = 2 * MINUTE;
/** A timer that ran longer than this was probably forgotten: it is not saved without asking. */
export const LONG_TIMER_MS = 12 * 60 * MINUTE;

export function isRunning(runs: TimerRun[]): boolean {
  return runs.at(-1)?.end === null;
}

/** The time worked: every stretch up to `now`, the pauses left out. */
export function workedMs(runs: TimerRun[], now: number): number {
  return runs.reduce((sum, run) => sum + Math.max(0, (run.end ?? now) - run.start), 0);
}

/** When the timer stopped counting: the end of the last stretch, or `now` while it runs. */
export function stoppedAt(runs: TimerRun[], now: number): number {
  return runs.at(-1)?.end ?? now;
}

/** Why a stopped timer should not be saved without asking: it crossed midnight (local), or ran over 12 hours. */
export function reviewReasons(runs: TimerRun[], now: number): { pastMidnight: boolean; long: boolean } {
  const first = runs[0];
  if (!first) return { pastMidnight: false, long: false };
  const end = stoppedAt(runs, now);
  return { pastMidnight: end > startOfNextDay(first.start), long: end - first.start > LONG_TIMER_MS };
}

/**
 * One entry for the whole timer: it ends when the timer stopped and is as long as the time worked, so
 * the pauses come off its start (an entry has one start and one end, the server no pause).
 */
export function oneSpan(runs: TimerRun[], now: number): WorkedSpan {
  const end = stoppedAt(runs, now);
  return { start: end - workedMs(runs, now), end };
}

/**
 * One entry per local day the timer ran on: each ends when the last stretch of its day ended (or at
 * midnight) and counts only that day's worked time.
 */
export function splitPerDay(runs: TimerRun[], now: number): WorkedSpan[] {
  const days = new Map<number, { worked: number; end: number }>();
  for (const run of runs) {
    const end = run.end ?? now;
    for (let start = run.start; start < end;) {
      const nextDay = startOfNextDay(start);
      const stretchEnd = Math.min(end, nextDay);
      const day = days.get(nextDay) ?? { worked: 0, end: stretchEnd };
      days.set(nextDay, { worked: day.worked + stretchEnd - start, end: stretchEnd });
      start = stretchEnd;
    }
  }
  return [...days.values()].map(({ worked, end }) => ({ start: end - worked, end }));
}
