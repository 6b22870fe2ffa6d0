import * as z from "zod/mini";

const text = z.nullable(z.string());

/** `GET`/`POST /api/v1/tickets/{id}/agents` (awareness §9): names and e-mail are null for an unknown user. */
export const ticketAgentsSchema = z.object({
  ticket_id: z.string(),
  primary_agent: z.nullable(z.object({ user_id: z.string(), first_name: text, last_name: text, email: text })),
  additional_agents: z.array(
    z.object({
      user_id: z.string(),
      first_name: text,
      last_name: text,
      email: text,
      role: z.optional(text),
      assigned_at: z.optional(text),
    }),
  ),
});
export type TicketAgents = z.infer<typeof ticketAgentsSchema>;
