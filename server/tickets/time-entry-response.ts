import type { SandboxContext } from "../context";
import type { ApiUser } from "../auth/api-key";

export type TimeEntryRow = Record<string, unknown> & {
  entry_id: string;
  work_item_id: string | null;
  work_item_type: string;
  service_id: string | null;
  time_sheet_id: string | null;
  start_time: Date;
  end_time: Date;
  billable_duration: number;
  contract_line_id: string | null;
};

/** The created entry with the derived and nested objects of the real response (contract §10). */
export async function timeEntryResponse(context: SandboxContext, user: ApiUser, entry: TimeEntryRow) {
  const [service, sheet, ticket] = await Promise.all([
    context.db.query<{ service_id: string; service_name: string; default_rate: number; unit_of_measure: string }>(
      "SELECT service_id, service_name, CAST(default_rate AS float) AS default_rate, unit_of_measure FROM service_catalog WHERE service_id = $1",
      [entry.service_id],
    ),
    context.db.query("SELECT id, period_id, approval_status, submitted_at, approved_at FROM time_sheets WHERE id = $1", [
      entry.time_sheet_id,
    ]),
    entry.work_item_type === "ticket"
      ? context.db.query("SELECT ticket_id AS id, title, 'ticket' AS type, client_id FROM tickets WHERE ticket_id = $1", [
          entry.work_item_id,
        ])
      : Promise.resolve({ rows: [] }),
  ]);
  const minutes = (entry.end_time.getTime() - entry.start_time.getTime()) / 60_000;
  return {
    ...entry,
    user_name: [user.firstName, user.lastName].filter(Boolean).join(" "),
    service_name: service.rows[0]?.service_name ?? null,
    // numeric values arrive as strings from the real server (contract §1.4).
    duration_hours: (minutes / 60).toFixed(2),
    is_billable: entry.billable_duration > 0,
    user: { user_id: user.userId, first_name: user.firstName, last_name: user.lastName, email: user.email },
    work_item: ticket.rows[0] ?? null,
    service: service.rows[0] ?? null,
    time_sheet: sheet.rows[0] ?? null,
    billing_info: { contract_line_id: entry.contract_line_id, contract_line_name: null, rate: null, tax_rate: null, total_amount: null },
  };
}
