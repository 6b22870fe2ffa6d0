import type { SandboxContext } from "../context";
import { validationFailed } from "../http/api-error";
import type { TicketRow } from "./ticket-record";

interface BoardCloseRules {
  require_resolution_comment: boolean;
  require_time_entry: boolean;
  require_checklist_complete: boolean;
  require_children_closed: boolean;
  required_fields: string[];
}

interface Failure extends Record<string, unknown> {
  path: ["status_id"];
  rule: string;
  message: string;
}

const FIELD_LABELS: Record<string, string> = {
  category_id: "Category",
  subcategory_id: "Subcategory",
  priority_id: "Priority",
  assigned_to: "Assignee",
};

const counted = (count: number, one: string, many: string) => (count === 1 ? `1 ${one}` : `${count} ${many}`);

/**
 * The board's close rules for an open → closed change, evaluated before any write; every failing rule is
 * reported, in the real order (fieldkit §7.1). `merged` is the ticket with this request's changes applied.
 */
export async function assertCloseRules(context: SandboxContext, ticket: TicketRow, merged: Record<string, unknown>): Promise<void> {
  const { rows } = await context.db.query<BoardCloseRules>("SELECT * FROM board_close_rules WHERE board_id = $1 AND is_enabled", [
    merged.board_id,
  ]);
  const rules = rows[0];
  if (!rules) return;
  const { rows: facts } = await context.db.query<{ resolutions: number; entries: number; incomplete: number; open_children: number }>(
    `SELECT
       (SELECT count(*)::int FROM comments WHERE ticket_id = $1 AND (is_resolution OR metadata->>'closes_ticket' = 'true')) AS resolutions,
       (SELECT count(*)::int FROM time_entries WHERE work_item_type = 'ticket' AND work_item_id = $1) AS entries,
       (SELECT count(*)::int FROM ticket_checklist_items WHERE ticket_id = $1 AND is_required AND NOT completed) AS incomplete,
       (SELECT count(*)::int FROM tickets WHERE master_ticket_id = $1 AND closed_at IS NULL) AS open_children`,
    [ticket.ticket_id],
  );
  const fact = facts[0] ?? { resolutions: 0, entries: 0, incomplete: 0, open_children: 0 };
  const failures: Failure[] = [];
  const fail = (rule: string, message: string, extra: Record<string, unknown> = {}) =>
    failures.push({ path: ["status_id"], rule, message, ...extra });

  if (rules.require_resolution_comment && fact.resolutions === 0) {
    fail("resolution_comment", "A resolution comment is required before closing");
  }
  if (rules.require_time_entry && fact.entries === 0) fail("time_entry", "At least one time entry must be logged before closing");
  if (rules.require_checklist_complete && fact.incomplete > 0) {
    const what = counted(fact.incomplete, "required checklist item is", "required checklist items are");
    fail("checklist_incomplete", `${what} incomplete`, { incomplete_count: fact.incomplete });
  }
  if (rules.require_children_closed && fact.open_children > 0) {
    const what = counted(fact.open_children, "bundled ticket is", "bundled tickets are");
    fail("open_children", `${what} still open`, { open_children_count: fact.open_children });
  }
  const missing = rules.required_fields.filter(
    (field) => FIELD_LABELS[field] && (merged[field] === null || merged[field] === undefined || merged[field] === ""),
  );
  if (missing.length > 0) {
    fail("required_fields", `Required fields are missing: ${missing.map((field) => FIELD_LABELS[field]).join(", ")}`, {
      missing_fields: missing,
    });
  }
  // 400, not 422 (fieldkit §7.1).
  if (failures.length > 0) throw validationFailed(failures, "Ticket close rules not satisfied");
}
