import * as z from "zod/mini";

const text = z.nullable(z.string());

/** The same projection in every checklist answer (fieldkit §5). */
export const checklistItemSchema = z.object({
  checklist_item_id: z.string(),
  ticket_id: z.string(),
  item_name: z.string(),
  description: text,
  order_number: z.number(),
  is_required: z.boolean(),
  completed: z.boolean(),
  completed_by: text,
  completed_at: text,
  completed_by_name: text,
  source: z.string(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
