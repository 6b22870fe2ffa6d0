import type { TicketTimeEntry, TimeEntryRecord } from "../../api/schemas/time-tracking";
import type { NewTimeEntry } from "../../api/time-entries";
import type { QueuedChange } from "../changes/change";

/** One line of time, from Alga or still on its way there, as the Time section and My time list it. */
export interface TimeRow {
  key: string;
  start: string;
  /** Null while the entry is a running timer. */
  end: string | null;
  serviceId: string | null;
  serviceName: string | null;
  notes: string;
  isBillable: boolean;
  ticketId: string | null;
  userName: string | null;
  own: boolean;
  /** The server's entry: its owner may change it until it is approved (fieldkit §4.4). */
  entry: { id: string; updatedAt: string | null; approved: boolean } | null;
  /** What the outbox still has to do for it, or null when Alga has it as shown. */
  pending: QueuedChange["state"] | null;
  deleting: boolean;
}

export const rowMinutes = (row: Pick<TimeRow, "start" | "end">) =>
  row.end === null ? 0 : Math.round((Date.parse(row.end) - Date.parse(row.start)) / 60_000);

export function rowFromRecord(record: TimeEntryRecord): TimeRow {
  return {
    key: record.entry_id,
    start: record.start_time,
    end: record.end_time,
    serviceId: record.service_id,
    serviceName: record.service_name ?? null,
    notes: record.notes ?? "",
    isBillable: record.is_billable,
    ticketId: record.work_item_type === "ticket" ? record.work_item_id : null,
    userName: record.user_name ?? null,
    own: true,
    entry: { id: record.entry_id, updatedAt: record.updated_at ?? null, approved: record.approval_status === "APPROVED" },
    pending: null,
    deleting: false,
  };
}

export function rowFromSummary(ticketId: string, entry: TicketTimeEntry): TimeRow {
  return {
    key: entry.entry_id,
    start: entry.start_time,
    end: entry.end_time,
    serviceId: entry.service_id,
    serviceName: entry.service_name ?? null,
    notes: entry.notes ?? "",
    // The summary has no billable flag: its minutes are billable minutes (fieldkit §4.5).
    isBillable: entry.billable_duration > 0,
    ticketId,
    userName: entry.user_name ?? null,
    own: entry.is_own,
    entry: { id: entry.entry_id, updatedAt: null, approved: entry.approval_status === "APPROVED" },
    pending: null,
    deleting: false,
  };
}

function rowFromQueued(item: QueuedChange, entry: NewTimeEntry, serviceName: string | null): TimeRow {
  return {
    key: item.id,
    start: entry.startTime,
    end: entry.endTime,
    serviceId: entry.serviceId,
    serviceName,
    notes: entry.notes,
    isBillable: entry.isBillable,
    ticketId: entry.ticketId,
    userName: null,
    own: true,
    entry: null,
    pending: item.state,
    deleting: false,
  };
}

/**
 * The server's rows with this device's unsent changes on top: queued entries added, queued edits
 * applied, queued deletions marked, and a stopped timer's session shown once (as its queued entry).
 */
export function withQueued(rows: TimeRow[], queue: QueuedChange[], serviceName: (id: string) => string | null): TimeRow[] {
  const stoppedSessions = new Set(queue.flatMap((item) => (item.change.kind === "timerStop" ? [item.change.sessionId] : [])));
  const shown = rows
    .filter((row) => !(row.entry && stoppedSessions.has(row.entry.id)))
    .map((row) => {
      let next = row;
      for (const item of queue) {
        const { change } = item;
        if ((change.kind !== "timeEntryEdit" && change.kind !== "timeEntryDelete") || change.entryId !== row.entry?.id) continue;
        next = { ...next, pending: item.state };
        if (change.kind === "timeEntryDelete") next = { ...next, deleting: true };
        else
          next = {
            ...next,
            start: change.set.start_time ?? next.start,
            end: change.set.end_time ?? next.end,
            notes: change.set.notes ?? next.notes,
            serviceId: change.set.service_id ?? next.serviceId,
            serviceName: change.set.service_id ? serviceName(change.set.service_id) : next.serviceName,
            isBillable: change.set.is_billable ?? next.isBillable,
          };
      }
      return next;
    });
  const added = queue.flatMap((item) =>
    item.change.kind === "timeEntry" || item.change.kind === "timerStop"
      ? [rowFromQueued(item, item.change.entry, serviceName(item.change.entry.serviceId))]
      : [],
  );
  return [...added, ...shown].sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
}
