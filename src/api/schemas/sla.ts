import * as z from "zod/mini";

const optionalText = z.optional(z.nullable(z.string()));
const optionalFlag = z.optional(z.nullable(z.boolean()));

/**
 * The SLA columns of a ticket (fieldkit §7.3). Only the detail and the full list carry them, not
 * `fields=mobile_list`; a server on an older migration may have none, so every one is optional.
 */
export const ticketSlaSchema = z.object({
  sla_policy_id: optionalText,
  sla_started_at: optionalText,
  sla_response_due_at: optionalText,
  sla_response_at: optionalText,
  sla_response_met: optionalFlag,
  sla_resolution_due_at: optionalText,
  sla_resolution_at: optionalText,
  sla_resolution_met: optionalFlag,
  sla_paused_at: optionalText,
  sla_total_pause_minutes: z.optional(z.nullable(z.number())),
  /** `awaiting_client` pauses the SLA under most policies. */
  response_state: optionalText,
});
export type TicketSla = z.infer<typeof ticketSlaSchema>;
