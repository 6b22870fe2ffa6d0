import { z } from "zod";

export const commentSchema = z.object({
  comment_id: z.string(),
  ticket_id: z.string(),
  comment_text: z.string().nullable(),
  comment_html: z.string().nullable().optional(),
  is_internal: z.boolean(),
  is_resolution: z.boolean(),
  created_by: z.string().nullable().optional(),
  // Not included in the POST response (contract §7.2).
  created_by_name: z.string().nullable().optional(),
  author_type: z.string().nullable().optional(),
  created_at: z.string(),
  updated_at: z.string().nullable().optional(),
  parent_comment_id: z.string().nullable().optional(),
  thread_id: z.string().nullable().optional(),
  is_system_generated: z.boolean().nullable().optional(),
});
export type Comment = z.infer<typeof commentSchema>;
