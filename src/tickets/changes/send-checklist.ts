import { addChecklistItem, getChecklist, setChecklistItemCompleted } from "../../api/checklist";
import type { ApiClient } from "../../api/client";
import type { Change } from "./change";

type ChecklistAdd = Extract<Change, { kind: "checklistAdd" }>;

/**
 * Adds an item exactly once. The POST is not idempotent and items carry no creation time (fieldkit §5.2), so
 * after a lost answer the ticket's items are counted: more items of that name than the user saw means it landed.
 */
export async function sendChecklistAdd(api: ApiClient, change: ChecklistAdd, outcomeUnknown: boolean): Promise<void> {
  if (outcomeUnknown) {
    const items = await getChecklist(api, change.ticketId);
    if (countNamed(items, change.itemName) > change.seen) return;
  }
  await addChecklistItem(api, change.ticketId, { itemName: change.itemName, isRequired: change.isRequired });
}

/** The same state again is a no-op on the server (fieldkit §5.3): a repeat is harmless. */
export async function sendChecklistTick(api: ApiClient, change: Extract<Change, { kind: "checklistTick" }>): Promise<void> {
  await setChecklistItemCompleted(api, change.ticketId, change.itemId, change.completed);
}

/** Items of one name, compared as the server stores names (trimmed). */
export function countNamed(items: readonly { item_name: string }[], name: string): number {
  return items.filter((item) => item.item_name.trim() === name.trim()).length;
}
