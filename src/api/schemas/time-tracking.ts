import * as z from "zod/mini";

const text = z.nullable(z.string());
const optionalText = z.optional(z.nullable(z.string()));

/** "2026-02-03", "2026-02-03T00:00:00.000Z" and other date forms all carry the date in their first 10 characters (fieldkit §0.3). */
const dateOnly = z.pipe(
  z.string(),
  z.transform((value) => value.slice(0, 10)),
);

/** A time entry as the list, get, put and stop answer it (fieldkit §4.3): `end_time` is null while a timer runs. */
export const timeEntryRecordSchema = z.object({
  entry_id: z.string(),
  user_id: z.string(),
  user_name: optionalText,
  work_item_id: text,
  work_item_type: z.string(),
  start_time: z.string(),
  end_time: text,
  notes: text,
  service_id: text,
  service_name: optionalText,
  billable_duration: z.number(),
  // A numeric column: a string such as "1.50" (fieldkit §0.3).
  duration_hours: z.optional(z.nullable(z.union([z.string(), z.number()]))),
  is_billable: z.boolean(),
  approval_status: z.string(),
  work_date: z.nullable(dateOnly),
  updated_at: optionalText,
});
export type TimeEntryRecord = z.infer<typeof timeEntryRecordSchema>;

/** The server timer (fieldkit §4.6–§4.7). `elapsed_minutes` is rounded; `start_time` is the truth. */
export const timeSessionSchema = z.object({
  session_id: z.string(),
  start_time: z.string(),
  elapsed_minutes: z.number(),
  work_item_id: text,
  work_item_type: z.string(),
  work_item_title: optionalText,
  service_id: text,
  service_name: optionalText,
  notes: text,
});
export type TimeSession = z.infer<typeof timeSessionSchema>;

// A running entry's end arrives as the epoch (formatISO(null), fieldkit §4.5): no entry really ends then.
const EPOCH = "1970-01-01T00:00:00";
const summaryEnd = z.pipe(
  z.string(),
  z.transform((value) => (value.startsWith(EPOCH) ? null : value)),
);

export const ticketTimeEntrySchema = z.object({
  entry_id: z.string(),
  user_id: text,
  user_name: optionalText,
  start_time: z.string(),
  end_time: z.nullable(summaryEnd),
  work_date: z.nullable(dateOnly),
  billable_duration: z.number(),
  notes: text,
  approval_status: optionalText,
  service_id: text,
  service_name: optionalText,
  is_own: z.boolean(),
});
export type TicketTimeEntry = z.infer<typeof ticketTimeEntrySchema>;

/** `GET /tickets/{id}/time-entries` (fieldkit §4.5): minutes are billable minutes, so non-billable time counts 0. */
export const ticketTimeSummarySchema = z.object({
  entries: z.array(ticketTimeEntrySchema),
  ownTotalMinutes: z.number(),
  ownEntryCount: z.number(),
  othersTotalMinutes: z.number(),
  othersEntryCount: z.number(),
  othersHiddenMinutes: z.number(),
  othersHiddenCount: z.number(),
  totalMinutes: z.number(),
});
export type TicketTimeSummary = z.infer<typeof ticketTimeSummarySchema>;
