import type { TimeRow } from "./time-rows";

/** A stretch of the user's own time already on the device, with the ticket it was logged on. */
export interface OwnSpan {
  start: number;
  end: number;
  ticketId: string | null;
}

/**
 * The first of the user's spans that shares time with [start, end). Half-open, as Alga checks a new entry
 * (contract README, fact 9: overlaps are a 409): an entry may start the minute another ends.
 */
export function firstOverlap(spans: readonly OwnSpan[], start: number, end: number): OwnSpan | null {
  return spans.find((span) => span.start < end && start < span.end) ?? null;
}

/** The user's own rows as spans: deleted ones left out, a running entry counted up to `now`. */
export function ownSpans(rows: readonly TimeRow[], now: number): OwnSpan[] {
  return rows
    .filter((row) => row.own && !row.deleting)
    .map((row) => ({ start: Date.parse(row.start), end: row.end === null ? now : Date.parse(row.end), ticketId: row.ticketId }));
}

/** The device's timer as the overlap check needs it (timer/ keeps the timer; time/ does not import it). */
export interface TimerSpans {
  ticketId: string;
  /** Its session on the server, which runs on through the timer's pauses. */
  sessionId: string | null;
  runs: { start: number; end: number | null }[];
}
