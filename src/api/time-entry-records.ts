import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";
import { ticketTimeSummarySchema, timeEntryRecordSchema } from "./schemas/time-tracking";

const PAGE_LIMIT = 100;
// The native app's bound: a week of one technician's time fits in far fewer.
const MAX_PAGES = 5;

const listEnvelope = paginatedEnvelope(timeEntryRecordSchema);
const entryEnvelope = dataEnvelope(timeEntryRecordSchema);
const summaryEnvelope = dataEnvelope(ticketTimeSummarySchema);

/**
 * One user's entries with a work date in [from, to] (both `YYYY-MM-DD`, inclusive), newest first. The list is
 * not scoped to the caller on the server, so `userId` is required (fieldkit §4.3).
 */
export async function listMyTimeEntries(api: ApiClient, query: { userId: string; from: string; to: string }, signal?: AbortSignal) {
  const entries: z.infer<typeof timeEntryRecordSchema>[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const body = await api.request("api/v1/time-entries", {
      query: {
        page,
        limit: PAGE_LIMIT,
        sort: "start_time",
        order: "desc",
        user_id: query.userId,
        date_from: query.from,
        date_to: query.to,
      },
      schema: listEnvelope,
      signal,
    });
    entries.push(...body.data);
    if (!body.pagination.hasNext) break;
  }
  return entries;
}

/** Any user's entry (no ownership check on read, fieldkit §4.4); 404 once deleted. */
export async function getTimeEntry(api: ApiClient, entryId: string) {
  const { data } = await api.request(`api/v1/time-entries/${encodeURIComponent(entryId)}`, { schema: entryEnvelope });
  return data;
}

export interface TimeEntryChange {
  /** Moves the entry to another ticket (a timer switched to another ticket keeps its server session). */
  work_item_id?: string;
  work_item_type?: "ticket";
  start_time?: string;
  end_time?: string;
  notes?: string;
  service_id?: string;
  is_billable?: boolean;
}

/**
 * Owner only (403 otherwise), never once approved (409). The server checks neither overlaps nor that a single
 * moved end stays after the start, so the caller sends both times whenever either changes (fieldkit §4.4).
 */
export async function updateTimeEntry(api: ApiClient, entryId: string, change: TimeEntryChange) {
  const { data } = await api.request(`api/v1/time-entries/${encodeURIComponent(entryId)}`, {
    method: "PUT",
    body: change,
    schema: entryEnvelope,
  });
  return data;
}

/** 204 with no body. A second delete is a 404: for a retried delete, that means done. */
export async function deleteTimeEntry(api: ApiClient, entryId: string) {
  await api.request(`api/v1/time-entries/${encodeURIComponent(entryId)}`, { method: "DELETE", schema: z.unknown() });
}

export async function getTicketTimeSummary(api: ApiClient, ticketId: string, signal?: AbortSignal) {
  const { data } = await api.request(`api/v1/tickets/${encodeURIComponent(ticketId)}/time-entries`, { schema: summaryEnvelope, signal });
  return data;
}
