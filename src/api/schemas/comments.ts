import * as z from "zod/mini";

const optionalText = z.optional(z.nullable(z.string()));

export const commentSchema = z.object({
  comment_id: z.string(),
  ticket_id: z.string(),
  comment_text: z.nullable(z.string()),
  comment_html: optionalText,
  is_internal: z.boolean(),
  is_resolution: z.boolean(),
  created_by: optionalText,
  // Not included in the POST response (contract §7.2).
  created_by_name: optionalText,
  author_type: optionalText,
  created_at: z.string(),
  updated_at: optionalText,
  parent_comment_id: optionalText,
  thread_id: optionalText,
  is_system_generated: z.optional(z.nullable(z.boolean())),
  // Newer servers (awareness §10.1): "scheduled" until published at `scheduled_publish_at`, "canceled" after a cancel.
  // The 2026-08-22 server's rows say "published" (or nothing, on servers before the column).
  publish_state: optionalText,
  scheduled_publish_at: optionalText,
});
export type Comment = z.infer<typeof commentSchema>;
