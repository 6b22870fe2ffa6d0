import type { StopwatchSession } from "../../api/schemas/stopwatch";
import { isRunning, type TimerRun } from "./timer-clock";

/**
 * The server's segments as the device's runs (awareness §10.3): each instant moved onto the device's clock by the
 * offset `server_now` − the time the answer arrived, so the time shown is the server's active time, counted on.
 */
export function runsFromSession(session: StopwatchSession, receivedAt: number): TimerRun[] {
  const offset = Date.parse(session.server_now) - receivedAt;
  return session.segments.map((segment) => ({
    start: Date.parse(segment.started_at) - offset,
    end: segment.ended_at === null ? null : Date.parse(segment.ended_at) - offset,
  }));
}

/**
 * The device's runs replaced by the server's, when both say the same thing (running or paused): a tap made while
 * the answer was on its way is not undone by it.
 */
export function adoptSession(runs: TimerRun[], session: StopwatchSession, receivedAt: number): TimerRun[] {
  const serverRuns = runsFromSession(session, receivedAt);
  return serverRuns.length > 0 && isRunning(runs) === (session.status === "running") ? serverRuns : runs;
}
