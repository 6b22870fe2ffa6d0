import { useQueryClient } from "@tanstack/react-query";
import type { TicketTimeSummary, TimeEntryRecord } from "../../api/schemas/time-tracking";
import { useOutboxQueue } from "../changes/ticket-outbox";
import { ticketOnDevice } from "../rows-on-device";
import { sessionScope, useSession } from "../../auth/session";
import { ticketKeys, useTicketQueries } from "../ticket-queries";
import { firstOverlap, ownSpans, type OwnSpan, type TimerSpans } from "./overlap";
import { rowFromRecord, rowFromSummary, withQueued, type TimeRow } from "./time-rows";
import { whenText } from "./time-text";
import { t } from "../../i18n/active-language";

/**
 * Finds what a new entry would overlap among the user's own time on this device: entries loaded from Alga
 * (My time's weeks and each opened ticket's time), the ones still queued, and the timer on this device. Alga
 * refuses an overlapping entry (contract README, fact 9), and offline it would only say so at reconnect.
 */
export function useOwnTimeOnDevice(timer: TimerSpans | null) {
  const queryClient = useQueryClient();
  const queries = useTicketQueries();
  const myTimeKey = ticketKeys(...sessionScope(useSession()!)).time;
  const queue = useOutboxQueue();

  function spans(now: number): OwnSpan[] {
    const rows = new Map<string, TimeRow>();
    for (const [, records] of queryClient.getQueriesData<TimeEntryRecord[]>({ queryKey: myTimeKey }))
      for (const record of records ?? []) rows.set(record.entry_id, rowFromRecord(record));
    for (const [key, summary] of queryClient.getQueriesData<TicketTimeSummary>({
      queryKey: queries.all,
      predicate: (query) => query.queryKey.at(-1) === "time",
    })) {
      const ticketId = String(key.at(-2));
      for (const entry of summary?.entries ?? []) if (!rows.has(entry.entry_id)) rows.set(entry.entry_id, rowFromSummary(ticketId, entry));
    }
    // The timer's own session on the server runs on through its pauses: the timer's runs stand for it.
    if (timer?.sessionId) rows.delete(timer.sessionId);
    const timerRuns = !timer ? [] : timer.runs.map((run) => ({ start: run.start, end: run.end ?? now, ticketId: timer.ticketId }));
    return [
      ...ownSpans(
        withQueued([...rows.values()], queue, () => null),
        now,
      ),
      ...timerRuns,
    ];
  }

  /** What [start, end) overlaps, in words for the form ("…your entry Mon, Dec 7 · 08:58–09:02 on TIC001003…"), or null. */
  return function overlapError(start: number, end: number, now = Date.now()): string | null {
    const span = firstOverlap(spans(now), start, end);
    if (!span) return null;
    const number = span.ticketId ? ticketOnDevice(queryClient, queries, span.ticketId)?.number : null;
    const when = whenText(new Date(span.start).toISOString(), new Date(span.end).toISOString());
    return number ? t("time.overlapOn", { when, number }) : t("time.overlap", { when });
  };
}
