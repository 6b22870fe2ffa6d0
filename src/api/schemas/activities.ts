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

const optionalText = z.optional(z.nullable(z.string()));

/**
 * One ticket of `GET /api/v1/activities?type=ticket` (awareness §4): where the caller is the primary or an
 * additional agent. `assignedTo` names the primary only; absent keys stand for null.
 */
export const ticketActivitySchema = z.object({
  id: z.string(),
  type: z.literal("ticket"),
  title: z.string(),
  ticketNumber: z.string(),
  status: z.string(),
  statusId: optionalText,
  boardId: optionalText,
  clientId: optionalText,
  clientName: optionalText,
  contactName: optionalText,
  priorityName: optionalText,
  isClosed: z.optional(z.nullable(z.boolean())),
  assignedTo: z.array(z.string()),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TicketActivity = z.infer<typeof ticketActivitySchema>;
