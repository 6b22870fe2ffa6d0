import { z } from "zod";

export const serviceSchema = z.object({ service_id: z.string(), service_name: z.string() });
export type Service = z.infer<typeof serviceSchema>;

export const timeEntrySchema = z.object({
  entry_id: z.string(),
  work_item_id: z.string().nullable(),
  work_item_type: z.string(),
  start_time: z.string(),
  end_time: z.string(),
  notes: z.string().nullable(),
  service_id: z.string().nullable(),
  billable_duration: z.number(),
  // numeric columns arrive as strings (contract §1.4).
  duration_hours: z.string(),
  is_billable: z.boolean(),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

export const userSchema = z.object({
  user_id: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  email: z.string().nullable().optional(),
});
export type User = z.infer<typeof userSchema>;
