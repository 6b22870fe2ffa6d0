import { useQuery } from "@tanstack/react-query";
import type { ChecklistItem } from "../../api/schemas/checklist";
import { useTicketQueries } from "../ticket-queries";
import { useUnconfirmedChanges, type Unconfirmed } from "../changes/unconfirmed-changes";

export function useChecklistQuery(ticketId: string) {
  return useQuery(useTicketQueries().checklist(ticketId));
}

/** An item as the technician sees it: ticks and additions not yet on the server applied. */
export interface ShownItem {
  key: string;
  /** Null for an item added here that the server has not confirmed: it cannot be ticked before. */
  itemId: string | null;
  name: string;
  required: boolean;
  completed: boolean;
  completedBy: string | null;
  mark: Unconfirmed<"checklistTick">["mark"] | null;
}

export function shownChecklist(items: readonly ChecklistItem[], changes: Unconfirmed<"checklistTick" | "checklistAdd">[]): ShownItem[] {
  const shown: ShownItem[] = items.map((item) => ({
    key: item.checklist_item_id,
    itemId: item.checklist_item_id,
    name: item.item_name,
    required: item.is_required,
    completed: item.completed,
    completedBy: item.completed_by_name,
    mark: null,
  }));
  for (const { change, mark, id } of changes) {
    if (change.kind === "checklistTick") {
      const item = shown.find((candidate) => candidate.itemId === change.itemId);
      if (item) Object.assign(item, { completed: change.completed, completedBy: null, mark });
      continue;
    }
    // A delivered addition already in the fetched copy (more items of that name than the user saw) is not shown twice.
    const named = shown.filter((item) => item.name.trim() === change.itemName.trim() && item.itemId !== null).length;
    if (mark === "delivered" && named > change.seen) continue;
    shown.push({ key: id, itemId: null, name: change.itemName, required: change.isRequired, completed: false, completedBy: null, mark });
  }
  return shown;
}

/** The ticket's checklist with the technician's unsent changes applied. */
export function useChecklist(ticketId: string) {
  const query = useChecklistQuery(ticketId);
  const changes = useUnconfirmedChanges(ticketId, ["checklistTick", "checklistAdd"] as const, query.dataUpdatedAt);
  return { query, items: query.data ? shownChecklist(query.data, changes) : null };
}
