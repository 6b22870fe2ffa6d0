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

export interface RuleAdvice {
  /** What is wrong, in the technician's words. */
  problem: string;
  /** What to do about it. */
  action: string;
  /** Which part of the ticket screen fixes it. */
  section: "comments" | "time" | "checklist" | "bundle" | "fields" | null;
}

const FIELD_NAMES: Record<string, string> = {
  category_id: "category",
  subcategory_id: "subcategory",
  priority_id: "priority",
  assigned_to: "assignee",
};

/** Plain words for one failed rule; an unknown rule falls back to the server's own message. */
export function adviceFor(failure: CloseRuleFailure): RuleAdvice {
  switch (failure.rule) {
    case "resolution_comment":
      return {
        problem: "This ticket needs a resolution note.",
        action: "Write what fixed it as the resolution note.",
        section: "comments",
      };
    case "time_entry":
      return { problem: "No time has been logged on this ticket.", action: "Log the time you spent, then resolve again.", section: "time" };
    case "checklist_incomplete": {
      const count = failure.incomplete_count ?? 1;
      const items = count === 1 ? "1 required checklist item is" : `${count} required checklist items are`;
      return { problem: `${items} not ticked.`, action: "Tick the required items on the checklist.", section: "checklist" };
    }
    case "open_children": {
      const count = failure.open_children_count ?? 1;
      const tickets = count === 1 ? "1 bundled ticket is" : `${count} bundled tickets are`;
      return { problem: `${tickets} still open.`, action: "Close the bundled tickets first, or ask a dispatcher.", section: "bundle" };
    }
    case "required_fields": {
      const names = (failure.missing_fields ?? []).map((field) => FIELD_NAMES[field] ?? field).join(", ");
      return {
        problem: `Missing before closing: ${names || "required fields"}.`,
        action: "Fill in those fields, then resolve again.",
        section: "fields",
      };
    }
    default:
      return { problem: failure.message, action: "Fix this on the ticket, then resolve again.", section: null };
  }
}
