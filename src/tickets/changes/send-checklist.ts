import { setChecklistItemCompleted } from "../../api/checklist";
import type { ApiClient } from "../../api/client";
import type { Change } from "./change";

/** The same state again is a no-op on the server (fieldkit §5.3): a repeat is harmless. */
export async function sendChecklistTick(api: ApiClient, change: Extract<Change, { kind: "checklistTick" }>): Promise<void> {
  await setChecklistItemCompleted(api, change.ticketId, change.itemId, change.completed);
}

/** Items of one name, compared as the server stores names (trimmed). */
export function countNamed(items: readonly { item_name: string }[], name: string): number {
  return items.filter((item) => item.item_name.trim() === name.trim()).length;
}
