/* eslint-disable @tanstack/query/exhaustive-deps -- `api` is one client for the app's lifetime; the account
   at the start of every key already says whose data it is. */
import { queryOptions } from "@tanstack/react-query";
import { getTicketTimeSummary, listMyTimeEntries } from "../../api/time-entry-records";
import { sessionScope, useSession } from "../../auth/session";
import { useApiClient } from "../../lib/api-client-context";
import type { TicketTimeSummary } from "../../api/schemas/time-tracking";
import { accountQueryKey, onceCreated } from "../ticket-queries";

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

/** Time entries from the server. The keys sit under the account's, so a sent change refreshes them. */
export function useTimeQueries() {
  const api = useApiClient();
  const session = useSession()!;
  const [server, userId] = sessionScope(session);
  const account = accountQueryKey(server, userId);
  return {
    /** The ticket's entries and totals (fieldkit §4.5). */
    ticket: (ticketId: string) =>
      queryOptions({
        queryKey: [...account, "tickets", "detail", ticketId, "time"],
        queryFn: ({ signal }) => onceCreated(ticketId, () => getTicketTimeSummary(api, ticketId, signal), NO_TIME),
      }),
    /** The user's own entries with a work date in [from, to] (fieldkit §4.3). */
    mine: (from: string, to: string) =>
      queryOptions({
        queryKey: [...account, "time", from, to],
        queryFn: ({ signal }) => listMyTimeEntries(api, { userId, from, to }, signal),
      }),
  };
}
