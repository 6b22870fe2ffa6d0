import * as z from "zod/mini";
import { ticketSlaSchema } from "./sla";

const text = z.nullable(z.string());
const optionalText = z.optional(z.nullable(z.string()));

export const ticketTagSchema = z.object({
  tag_id: z.string(),
  tag_text: z.string(),
  background_color: text,
  text_color: text,
});

// `fields=mobile_list`: 14 named fields plus 5 always-added id columns (contract §4.2).
export const ticketListItemSchema = z.object({
  ticket_id: z.string(),
  ticket_number: z.string(),
  title: text,
  status_id: text,
  status_name: text,
  status_is_closed: z.nullable(z.boolean()),
  priority_name: text,
  assigned_to_name: text,
  client_name: text,
  contact_name: text,
  updated_at: text,
  entered_at: text,
  closed_at: text,
  // The full payload (asked for its SLA columns) has no tags.
  tags: z._default(z.array(ticketTagSchema), []),
  entered_by: text,
  assigned_to: text,
  client_id: text,
  board_id: text,
  assigned_team_id: text,
  ...ticketSlaSchema.shape,
});
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

// Free-form JSON the server stores as is; these are the keys the native app uses (contract §6.1).
export const ticketAttributesSchema = z.catchall(
  z.object({
    description: z.optional(z.string()),
    due_date: optionalText,
    watcher_user_ids: z.optional(z.array(z.string())),
  }),
  z.unknown(),
);
export type TicketAttributes = z.infer<typeof ticketAttributesSchema>;

export const ticketDetailSchema = z.object({
  ticket_id: z.string(),
  ticket_number: z.string(),
  title: text,
  url: optionalText,
  board_id: text,
  client_id: text,
  contact_name_id: text,
  location_id: optionalText,
  status_id: text,
  priority_id: text,
  category_id: optionalText,
  assigned_to: text,
  entered_by: text,
  updated_by: optionalText,
  entered_at: text,
  updated_at: text,
  closed_at: text,
  is_closed: z.optional(z.nullable(z.boolean())),
  due_date: optionalText,
  attributes: z.nullable(ticketAttributesSchema),
  client_name: optionalText,
  client_email: optionalText,
  client_phone: optionalText,
  location_name: optionalText,
  board_name: optionalText,
  contact_name: optionalText,
  contact_email: optionalText,
  contact_phone: optionalText,
  status_name: optionalText,
  status_is_closed: z.optional(z.nullable(z.boolean())),
  priority_name: optionalText,
  category_name: optionalText,
  assigned_to_name: optionalText,
  description_html: optionalText,
  ...ticketSlaSchema.shape,
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

const counts = z.record(z.string(), z.number());

// Quirks (contract §5): overdue_tickets is always 0; unassigned_tickets counts closed tickets too.
export const ticketStatsSchema = z.object({
  total_tickets: z.number(),
  open_tickets: z.number(),
  closed_tickets: z.number(),
  unassigned_tickets: z.number(),
  overdue_tickets: z.number(),
  tickets_by_status: counts,
  tickets_by_priority: counts,
  tickets_by_category: counts,
  tickets_by_board: counts,
  tickets_created_today: z.number(),
  tickets_created_this_week: z.number(),
  tickets_created_this_month: z.number(),
});
export type TicketStats = z.infer<typeof ticketStatsSchema>;

export const ticketStatusSchema = z.object({
  status_id: z.string(),
  board_id: z.string(),
  name: z.string(),
  is_closed: z.boolean(),
  is_default: z.boolean(),
  order_number: z.nullable(z.number()),
});
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketPrioritySchema = z.object({ priority_id: z.string(), priority_name: z.string() });
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;
