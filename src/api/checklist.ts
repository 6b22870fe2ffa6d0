import * as z from "zod/mini";
import type { ApiClient } from "./client";
import { checklistItemSchema, type ChecklistItem } from "./schemas/checklist";
import { dataEnvelope } from "./schemas/envelopes";

const listEnvelope = dataEnvelope(z.array(checklistItemSchema));
const itemEnvelope = dataEnvelope(checklistItemSchema);

const checklistPath = (ticketId: string, tail = "") => `api/v1/tickets/${encodeURIComponent(ticketId)}/checklist${tail}`;

/** In `order_number` order. A 403 means the technician may not see checklists: hide the section. */
export async function getChecklist(api: ApiClient, ticketId: string, signal?: AbortSignal) {
  const { data } = await api.request(checklistPath(ticketId), { schema: listEnvelope, signal });
  return data;
}

/**
 * Appends an item. Not idempotent (a retry adds a second item), and `is_required` defaults to true on the
 * server, so it is always sent (fieldkit §5.2). Unknown keys are refused: send only these.
 */
export async function addChecklistItem(api: ApiClient, ticketId: string, item: { itemName: string; isRequired: boolean }) {
  const { data } = await api.request(checklistPath(ticketId), {
    method: "POST",
    body: { item_name: item.itemName, is_required: item.isRequired },
    schema: itemEnvelope,
  });
  return data;
}

/** Ticks or unticks; the same state again is a harmless no-op, so a retry is safe (fieldkit §5.3). */
export async function setChecklistItemCompleted(api: ApiClient, ticketId: string, itemId: string, completed: boolean) {
  const { data } = await api.request(checklistPath(ticketId, `/${encodeURIComponent(itemId)}`), {
    method: "PATCH",
    body: { completed },
    schema: itemEnvelope,
  });
  return data;
}

/** Progress as a list row or the ticket header shows it: done of all, and required items still open. */
export function checklistProgress(items: readonly ChecklistItem[]) {
  return {
    done: items.filter((item) => item.completed).length,
    total: items.length,
    requiredOpen: items.filter((item) => item.is_required && !item.completed).length,
  };
}
