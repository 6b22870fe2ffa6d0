import { queryOptions } from "@tanstack/react-query";
import { getTicketTimeSummary, listMyTimeEntries } from "../../api/time-entry-records";
import { sessionScope, useSession } from "../../auth/session";
import { apiClient } from "../../api/app-client";
import type { TicketTimeSummary } from "../../api/schemas/time-tracking";
import { onceCreated, ticketKeys } from "../ticket-queries";

const NO_TIME: TicketTimeSummary = {
  entries: [],
  ownTotalMinutes: 0,
  ownEntryCount: 0,
  othersTotalMinutes: 0,
  othersEntryCount: 0,
  othersHiddenMinutes: 0,
  othersHiddenCount: 0,
  totalMinutes: 0,
};

/** Time entries from the server. The keys sit under the ticket's and the account's, so a sent change refreshes them. */
export function useTimeQueries() {
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const keys = ticketKeys(server, userId);
  return {
    /** The ticket's entries and totals (fieldkit §4.5). */
    ticket: (ticketId: string) =>
      queryOptions({
        queryKey: [...keys.detail(ticketId), "time"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => getTicketTimeSummary(apiClient(), ticketId, signal), NO_TIME),
      }),
    /** The user's own entries with a work date in [from, to] (fieldkit §4.3). */
    mine: (from: string, to: string) =>
      queryOptions({
        queryKey: [...ticketKeys(server, userId).time, from, to],
        queryFn: ({ signal }) => listMyTimeEntries(apiClient(), { userId, from, to }, signal),
      }),
  };
}
