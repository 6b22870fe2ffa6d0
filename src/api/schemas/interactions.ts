import * as z from "zod/mini";

const text = z.nullable(z.string());

export const interactionTypeSchema = z.object({ type_id: z.string(), type_name: z.string(), is_system: z.boolean() });
export type InteractionType = z.infer<typeof interactionTypeSchema>;

// The keys the ticket's "Calls and e-mails" and the outbox's look-up read (awareness §7.3); `type_name` is lower-cased.
export const interactionSchema = z.object({
  interaction_id: z.string(),
  type_id: z.string(),
  type_name: z.optional(text),
  ticket_id: z.optional(text),
  user_id: z.optional(text),
  user_name: z.optional(text),
  contact_name: z.optional(text),
  title: z.optional(text),
  notes: z.optional(text),
  interaction_date: text,
  start_time: z.optional(text),
  duration: z.optional(z.nullable(z.number())),
});
export type Interaction = z.infer<typeof interactionSchema>;
