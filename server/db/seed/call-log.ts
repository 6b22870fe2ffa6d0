import type { Transaction } from "@electric-sql/pglite";
import { insertRows } from "./insert-rows";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const HOUR_MS = 3_600_000;

/** Alga's system interaction types and one of the tenant's own (awareness §7.1). */
const SYSTEM_TYPES = [
  { name: "Call", icon: "phone" },
  { name: "Email", icon: "mail" },
  { name: "Meeting", icon: "users" },
  { name: "Note", icon: "file-text" },
];

/**
 * What the contact card and call-and-log rely on (awareness §7, §8): interaction types and the tenant's default
 * interaction status; TIC001020's contact has a phone and an e-mail and its location a full address, with an
 * e-mail and a call logged already; TIC001021's contact has a phone "number" that is a sentence and its location
 * no street.
 */
export async function seedCallLog(
  tx: Transaction,
  random: SeededRandom,
  now: Date,
  ref: ReferenceData,
  ticket: (number: number) => string,
): Promise<void> {
  const types = SYSTEM_TYPES.map((type) => ({ ...type, id: random.uuid() }));
  await insertRows(tx, "interaction_types", [
    ...types.map((type) => ({ tenant: null, type_id: type.id, type_name: type.name, icon: type.icon, is_system: true })),
    // Lower case on purpose: the list sorts in the original case (§7.1).
    { tenant: ref.tenant, type_id: random.uuid(), type_name: "site visit", icon: null, is_system: false },
  ]);
  const statusId = random.uuid();
  await insertRows(tx, "statuses", [
    { tenant: ref.tenant, status_id: statusId, board_id: null, name: "Logged", status_type: "interaction", is_default: true },
  ]);

  const full = await ticketParties(tx, ticket(1020));
  await tx.query(
    `UPDATE client_locations SET address_line1 = '1200 NW Naito Parkway', address_line2 = 'Suite 200', city = 'Portland',
       state_province = 'OR', postal_code = '97209' WHERE location_id = $1`,
    [full.locationId],
  );
  await tx.query("UPDATE tickets SET location_id = $1, contact_name_id = $2 WHERE ticket_id = $3", [
    full.locationId,
    full.contactId,
    ticket(1020),
  ]);
  const [call, email] = types;
  const colleague = ref.technicianIds.find((id) => id !== ref.techUserId) ?? ref.techUserId;
  const logged = (hoursAgo: number, minutes: number) => {
    const end = new Date(now.getTime() - hoursAgo * HOUR_MS);
    return { start_time: new Date(end.getTime() - minutes * 60_000), end_time: end, interaction_date: end, duration: minutes };
  };
  await insertRows(tx, "interactions", [
    {
      tenant: ref.tenant,
      interaction_id: random.uuid(),
      type_id: email!.id,
      client_id: full.clientId,
      contact_name_id: full.contactId,
      user_id: colleague,
      ticket_id: ticket(1020),
      title: "Asked for the printer's model",
      notes: "Sent the form for the model and serial number.",
      status_id: statusId,
      ...logged(26, 0),
    },
    {
      tenant: ref.tenant,
      interaction_id: random.uuid(),
      type_id: call!.id,
      client_id: full.clientId,
      contact_name_id: full.contactId,
      user_id: ref.techUserId,
      ticket_id: ticket(1020),
      title: "Call",
      notes: "Agreed to come by on Thursday morning.",
      status_id: statusId,
      ...logged(3, 7),
    },
  ]);

  const partial = await ticketParties(tx, ticket(1021));
  const warehouse = random.uuid();
  await insertRows(tx, "client_locations", [
    {
      tenant: ref.tenant,
      location_id: warehouse,
      client_id: partial.clientId,
      location_name: "Warehouse",
      city: "Beaverton",
      postal_code: "97005",
      is_default: false,
    },
  ]);
  await tx.query("UPDATE contacts SET phone_number = 'Ask at reception for Dana' WHERE contact_name_id = $1", [partial.contactId]);
  await tx.query("UPDATE tickets SET location_id = $1, contact_name_id = $2 WHERE ticket_id = $3", [
    warehouse,
    partial.contactId,
    ticket(1021),
  ]);
}

/** The ticket's client with its default location and first contact (by name), whatever the main seed drew. */
async function ticketParties(tx: Transaction, ticketId: string) {
  const { rows } = await tx.query<{ client_id: string; location_id: string; contact_name_id: string }>(
    `SELECT t.client_id, l.location_id, c.contact_name_id FROM tickets t
       JOIN client_locations l ON l.client_id = t.client_id AND l.is_default
       JOIN LATERAL (SELECT contact_name_id FROM contacts WHERE client_id = t.client_id ORDER BY full_name, contact_name_id LIMIT 1) c ON true
     WHERE t.ticket_id = $1`,
    [ticketId],
  );
  const row = rows[0];
  if (!row) throw new Error("seed ticket without a client");
  return { clientId: row.client_id, locationId: row.location_id, contactId: row.contact_name_id };
}
