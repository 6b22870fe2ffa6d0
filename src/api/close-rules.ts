import * as z from "zod/mini";
import { ApiError } from "./errors";

export const CLOSE_RULES_MESSAGE = "Ticket close rules not satisfied";

const failureSchema = z.object({
  rule: z.string(),
  message: z.string(),
  incomplete_count: z.optional(z.number()),
  open_children_count: z.optional(z.number()),
  missing_fields: z.optional(z.array(z.string())),
});
export type CloseRuleFailure = z.infer<typeof failureSchema>;

/** The failed rules of a refused close (400 "Ticket close rules not satisfied", fieldkit §7.1), or null for any other error. */
export function closeRuleFailures(error: unknown): CloseRuleFailure[] | null {
  if (!(error instanceof ApiError) || error.status !== 400 || error.message !== CLOSE_RULES_MESSAGE) return null;
  return failuresIn(error.details);
}

/** The failed rules in a refusal's details (kept with a refused change in the outbox); none when they are not close rules. */
export function failuresIn(details: unknown): CloseRuleFailure[] {
  const parsed = z.array(failureSchema).safeParse(details);
  return parsed.success ? parsed.data : [];
}
