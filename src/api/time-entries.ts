import type { ApiClient } from "./client";
import { dataEnvelope, paginatedEnvelope } from "./schemas/envelopes";
import { serviceSchema, timeEntrySchema } from "./schemas/time-entries";

export interface NewTimeEntry {
  ticketId: string;
  serviceId: string;
  /** ISO 8601 in UTC ending in `Z`: the server refuses offsets (contract §1.4). */
  startTime: string;
  endTime: string;
  notes: string;
  isBillable: boolean;
}

const timeEntryEnvelope = dataEnvelope(timeEntrySchema);

export async function createTimeEntry(api: ApiClient, entry: NewTimeEntry) {
  const { data } = await api.request("api/v1/time-entries", {
    method: "POST",
    body: {
      work_item_type: "ticket",
      work_item_id: entry.ticketId,
      service_id: entry.serviceId,
      start_time: entry.startTime,
      end_time: entry.endTime,
      notes: entry.notes || undefined,
      is_billable: entry.isBillable,
    },
    schema: timeEntryEnvelope,
  });
  return data;
}

const servicesEnvelope = paginatedEnvelope(serviceSchema);

export async function listServices(api: ApiClient, signal?: AbortSignal) {
  const { data } = await api.request("api/v1/services", { query: { is_active: true, limit: 100 }, schema: servicesEnvelope, signal });
  return data;
}
