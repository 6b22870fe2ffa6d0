import { z } from "zod";

const isoDateTime = z.string();
const uuid = z.string();

export const ticketTagSchema = z.object({
  tag_id: uuid,
  tag_text: z.string(),
  background_color: z.string().nullable(),
  text_color: z.string().nullable(),
});

// `fields=mobile_list`: 14 named fields plus 5 always-added id columns (contract §4.2).
export const ticketListItemSchema = z.object({
  ticket_id: uuid,
  ticket_number: z.string(),
  title: z.string().nullable(),
  status_id: uuid.nullable(),
  status_name: z.string().nullable(),
  status_is_closed: z.boolean().nullable(),
  priority_name: z.string().nullable(),
  assigned_to_name: z.string().nullable(),
  client_name: z.string().nullable(),
  contact_name: z.string().nullable(),
  updated_at: isoDateTime.nullable(),
  entered_at: isoDateTime.nullable(),
  closed_at: isoDateTime.nullable(),
  tags: z.array(ticketTagSchema),
  entered_by: uuid.nullable(),
  assigned_to: uuid.nullable(),
  client_id: uuid.nullable(),
  board_id: uuid.nullable(),
  assigned_team_id: uuid.nullable(),
});
export type TicketListItem = z.infer<typeof ticketListItemSchema>;

// Free-form JSON the server stores as is; these are the keys the native app uses (contract §6.1).
export const ticketAttributesSchema = z
  .object({
    description: z.string().optional(),
    due_date: z.string().nullable().optional(),
    watcher_user_ids: z.array(z.string()).optional(),
  })
  .catchall(z.unknown());
export type TicketAttributes = z.infer<typeof ticketAttributesSchema>;

export const ticketDetailSchema = z.object({
  ticket_id: uuid,
  ticket_number: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable().optional(),
  board_id: uuid.nullable(),
  client_id: uuid.nullable(),
  contact_name_id: uuid.nullable(),
  status_id: uuid.nullable(),
  priority_id: uuid.nullable(),
  category_id: uuid.nullable().optional(),
  assigned_to: uuid.nullable(),
  entered_by: uuid.nullable(),
  entered_at: isoDateTime.nullable(),
  updated_at: isoDateTime.nullable(),
  closed_at: isoDateTime.nullable(),
  is_closed: z.boolean().nullable().optional(),
  due_date: isoDateTime.nullable().optional(),
  attributes: ticketAttributesSchema.nullable(),
  client_name: z.string().nullable().optional(),
  client_email: z.string().nullable().optional(),
  client_phone: z.string().nullable().optional(),
  location_name: z.string().nullable().optional(),
  contact_name: z.string().nullable().optional(),
  contact_email: z.string().nullable().optional(),
  contact_phone: z.string().nullable().optional(),
  status_name: z.string().nullable().optional(),
  status_is_closed: z.boolean().nullable().optional(),
  priority_name: z.string().nullable().optional(),
  category_name: z.string().nullable().optional(),
  assigned_to_name: z.string().nullable().optional(),
  description_html: z.string().nullable().optional(),
});
export type TicketDetail = z.infer<typeof ticketDetailSchema>;

// Quirks (contract §5): overdue_tickets is always 0; unassigned_tickets counts closed tickets too.
export const ticketStatsSchema = z.object({
  total_tickets: z.number(),
  open_tickets: z.number(),
  closed_tickets: z.number(),
  unassigned_tickets: z.number(),
  overdue_tickets: z.number(),
  tickets_by_status: z.record(z.string(), z.number()),
  tickets_by_priority: z.record(z.string(), z.number()),
  tickets_by_category: z.record(z.string(), z.number()),
  tickets_by_board: z.record(z.string(), z.number()),
  tickets_created_today: z.number(),
  tickets_created_this_week: z.number(),
  tickets_created_this_month: z.number(),
});
export type TicketStats = z.infer<typeof ticketStatsSchema>;

export const ticketStatusSchema = z.object({
  status_id: uuid,
  board_id: uuid,
  name: z.string(),
  is_closed: z.boolean(),
  is_default: z.boolean(),
  order_number: z.number().nullable(),
});
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

export const ticketPrioritySchema = z.object({ priority_id: uuid, priority_name: z.string() });
export type TicketPriority = z.infer<typeof ticketPrioritySchema>;
