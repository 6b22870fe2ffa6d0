import type { Transaction } from "@electric-sql/pglite";
import { validationFailed } from "../http/api-error";

export interface CreateTicketInput {
  title: string;
  board_id: string;
  client_id: string;
  status_id: string;
  priority_id: string;
  location_id?: string;
  category_id?: string;
  subcategory_id?: string;
}

/**
 * The checks `POST /tickets` makes after zod, in the real order (field-kit contract §1.1): status on the board,
 * then a title blank after trim, then the business rules, joined by "; " under the first failing rule's path.
 * Answers the location's default billing profile, which the new ticket takes.
 */
export async function checkCreateRules(tx: Transaction, input: CreateTicketInput): Promise<{ billingProfileId: string | null }> {
  const status = await tx.query("SELECT 1 FROM statuses WHERE status_id = $1 AND board_id = $2 AND status_type = 'ticket'", [
    input.status_id,
    input.board_id,
  ]);
  if (status.rows.length === 0) {
    throw validationFailed([
      { path: ["status_id"], message: `status_id ${input.status_id} does not belong to board_id ${input.board_id}` },
    ]);
  }
  if (input.title.trim() === "") throw validationFailed([{ path: [], message: "Ticket title is required" }]);

  const failures: { path: string; message: string }[] = [];
  let billingProfileId: string | null = null;
  if (input.location_id) {
    const { rows } = await tx.query<{ client_id: string; default_billing_profile_id: string | null }>(
      "SELECT client_id, default_billing_profile_id FROM client_locations WHERE location_id = $1",
      [input.location_id],
    );
    const location = rows[0];
    if (location?.client_id !== input.client_id) {
      failures.push({ path: "location_id", message: "Invalid location: Location does not belong to the selected client" });
    } else {
      billingProfileId = location.default_billing_profile_id;
    }
  }
  if (input.category_id && input.subcategory_id) {
    const { rows } = await tx.query<{ parent_category: string | null }>("SELECT parent_category FROM categories WHERE category_id = $1", [
      input.subcategory_id,
    ]);
    if (rows[0]?.parent_category !== input.category_id) {
      failures.push({
        path: "subcategory_id",
        message: "Invalid category combination: subcategory must belong to the selected parent category",
      });
    }
  }
  const first = failures[0];
  if (first) throw validationFailed([{ path: [first.path], message: failures.map((failure) => failure.message).join("; ") }]);
  return { billingProfileId };
}

/** `generate_next_number(tenant, 'TICKET')`: max(last + 1, initial value), zero-padded, prefixed (MVP contract §9). */
export async function nextTicketNumber(tx: Transaction, tenant: string): Promise<string> {
  const { rows } = await tx.query<{ ticket_number: string }>(
    `UPDATE next_number SET last_number = GREATEST(last_number + 1, initial_value)
     WHERE tenant = $1 AND entity_type = 'TICKET'
     RETURNING prefix || CASE WHEN padding_length > 0 THEN lpad(last_number::text, padding_length, '0') ELSE last_number::text END
       AS ticket_number`,
    [tenant],
  );
  const row = rows[0];
  if (!row) throw new Error("no TICKET numbering for the tenant");
  return row.ticket_number;
}
