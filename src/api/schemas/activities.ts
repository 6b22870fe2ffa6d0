import * as z from "zod/mini";

/**
 * One notification of `GET /api/v1/activities?type=notification` (awareness contract §2.4), only the fields the
 * app reads; unknown fields are allowed. `link` and `metadata` are often null; SLA links are relative.
 */
export const notificationActivitySchema = z.object({
  id: z.string(),
  type: z.literal("notification"),
  title: z.string(),
  message: z.optional(z.nullable(z.string())),
  templateName: z.optional(z.nullable(z.string())),
  isRead: z.boolean(),
  link: z.optional(z.nullable(z.string())),
  category: z.optional(z.nullable(z.string())),
  metadata: z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  createdAt: z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value)))),
});
export type NotificationActivity = z.infer<typeof notificationActivitySchema>;
