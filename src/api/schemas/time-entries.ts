import * as z from "zod/mini";

export const serviceSchema = z.object({ service_id: z.string(), service_name: z.string() });
export type Service = z.infer<typeof serviceSchema>;

export const timeEntrySchema = z.object({
  entry_id: z.string(),
  work_item_id: z.nullable(z.string()),
  work_item_type: z.string(),
  start_time: z.string(),
  end_time: z.string(),
  notes: z.nullable(z.string()),
  service_id: z.nullable(z.string()),
  billable_duration: z.number(),
  // numeric columns arrive as strings (contract §1.4).
  duration_hours: z.string(),
  is_billable: z.boolean(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;
