import type { Transaction } from "@electric-sql/pglite";
import { insertRows } from "./insert-rows";
import type { SeededRandom } from "./random";
import type { ReferenceData } from "./reference-data";

const MINUTE_MS = 60_000;

/**
 * What the create-ticket form's pickers need beyond the MVP seed (field-kit contract §1.2): a board with a default
 * assignee and an inactive one, priorities created at different times (their default order is created_at desc),
 * clients with several locations (one inactive, a billing profile), subcategories, an inactive client and contact.
 */
export async function seedCreateFormData(tx: Transaction, random: SeededRandom, now: Date, ref: ReferenceData): Promise<void> {
  const { tenant } = ref;
  const [serviceDesk, projects] = ref.boards;
  // The live timer is on for both active boards, so a newer server's stopwatch can start (awareness §10.3, §11).
  await tx.query(
    "UPDATE boards SET description = 'Break/fix requests from every client', enable_live_ticket_timer = true WHERE board_id = $1",
    [serviceDesk?.boardId],
  );
  await tx.query(
    "UPDATE boards SET description = 'Planned work and installations', default_assigned_to = $2, enable_live_ticket_timer = true WHERE board_id = $1",
    [projects?.boardId, ref.technicianIds[1]],
  );
  await insertRows(tx, "boards", [
    { tenant, board_id: random.uuid(), board_name: "Legacy Helpdesk", description: "Retired queue", is_inactive: true, display_order: 9 },
  ]);

  const { rows: priorities } = await tx.query<{ priority_id: string }>(
    "SELECT priority_id FROM priorities WHERE tenant = $1 ORDER BY order_number",
    [tenant],
  );
  for (const [index, priority] of priorities.entries()) {
    await tx.query("UPDATE priorities SET created_at = $2, updated_at = $2, created_by = $3 WHERE priority_id = $1", [
      priority.priority_id,
      new Date(now.getTime() - (priorities.length - index) * MINUTE_MS),
      ref.techUserId,
    ]);
  }

  for (const [index, client] of ref.clients.entries()) {
    await tx.query(
      `UPDATE clients SET client_type = 'company', account_manager_id = $2, credit_balance = $3, billing_cycle = 'monthly'
       WHERE client_id = $1`,
      [client.clientId, random.pick(ref.technicianIds), index % 4 === 0 ? "250.00" : "0"],
    );
    await tx.query(
      `UPDATE client_locations SET state_province = 'OR', postal_code = $2, is_billing_address = true, is_shipping_address = true,
         default_billing_profile_id = $3 WHERE location_id = $1`,
      [client.locationId, String(97000 + random.int(0, 999)), random.uuid()],
    );
  }
  // insertRows takes its columns from the first row: every row spells out the same keys.
  const location = (clientId: string, name: string, street: string, city: string, isActive: boolean) => ({
    tenant,
    location_id: random.uuid(),
    client_id: clientId,
    location_name: name,
    address_line1: `${random.int(10, 999)} ${street}`,
    city,
    state_province: "OR",
    postal_code: String(97200 + random.int(0, 99)),
    is_shipping_address: isActive,
    is_active: isActive,
  });
  const extraLocations = ref.clients
    .slice(0, 3)
    .flatMap((client, index) => [
      location(client.clientId, index === 0 ? "Clinic – Eastside" : "Warehouse", "Industrial Way", "Portland", true),
      location(client.clientId, "Old office (closed)", "Former Street", "Salem", false),
    ]);
  await insertRows(tx, "client_locations", extraLocations);

  const inactiveClientId = random.uuid();
  await insertRows(tx, "clients", [
    { tenant, client_id: inactiveClientId, client_name: "Old Town Pharmacy", client_type: "company", is_inactive: true },
  ]);
  const firstClient = ref.clients[0];
  await insertRows(tx, "contacts", [
    {
      tenant,
      contact_name_id: random.uuid(),
      client_id: firstClient?.clientId,
      full_name: "Former Contact",
      role: "Left the company",
      is_inactive: true,
    },
  ]);

  const { rows: categories } = await tx.query<{ category_id: string; category_name: string }>(
    "SELECT category_id, category_name FROM categories WHERE tenant = $1 ORDER BY category_name",
    [tenant],
  );
  const parent = (name: string) => categories.find((category) => category.category_name === name);
  const subcategories = [
    ["Hardware", "Printer"],
    ["Hardware", "Laptop"],
    ["Hardware", "Server"],
    ["Network", "Wi-Fi"],
    ["Network", "Firewall"],
  ].map(([parentName = "", name]) => ({
    tenant,
    category_id: random.uuid(),
    category_name: name,
    parent_category: parent(parentName)?.category_id,
    board_id: serviceDesk?.boardId,
  }));
  await insertRows(tx, "categories", [
    ...subcategories,
    { tenant, category_id: random.uuid(), category_name: "Installation", board_id: projects?.boardId },
  ]);
}
