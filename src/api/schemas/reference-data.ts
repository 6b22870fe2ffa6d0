import * as z from "zod/mini";

const text = z.nullable(z.string());

// Only the keys the create form reads; every list answers many more (field-kit contract §1.2).
export const boardSchema = z.object({
  board_id: z.string(),
  board_name: z.string(),
  is_default: z.boolean(),
  default_assigned_to: z.optional(text),
});
export type Board = z.infer<typeof boardSchema>;

export const clientSchema = z.object({ client_id: z.string(), client_name: z.string() });
export type Client = z.infer<typeof clientSchema>;

export const clientLocationSchema = z.object({
  location_id: z.string(),
  location_name: text,
  address_line1: z.optional(text),
  city: z.optional(text),
  state_province: z.optional(text),
  is_default: z.optional(z.boolean()),
  is_active: z.optional(z.boolean()),
});
export type ClientLocation = z.infer<typeof clientLocationSchema>;

export const contactSchema = z.object({
  contact_name_id: z.string(),
  full_name: z.string(),
  email: z.optional(text),
  client_id: z.optional(text),
});
export type Contact = z.infer<typeof contactSchema>;

export const ticketCategorySchema = z.object({
  category_id: z.string(),
  category_name: z.string(),
  parent_category: z.optional(text),
  board_id: z.optional(text),
});
export type TicketCategory = z.infer<typeof ticketCategorySchema>;
