import type { Transaction } from "@electric-sql/pglite";
import { hashPassword } from "../../auth/password";
import { BOARDS, CATEGORIES, PRIORITIES, SERVICES, TAGS } from "./catalog";
import { insertRows } from "./insert-rows";
import { CITIES, CLIENT_NAMES, CONTACT_FIRST_NAMES, CONTACT_LAST_NAMES, DEMO_PASSWORD, DEMO_USERS } from "./people";
import type { SeededRandom } from "./random";
import { seedUserPreferences, USER_TIME_ZONES } from "./user-preferences";

export interface ReferenceData {
  tenant: string;
  technicianIds: string[];
  techUserId: string;
  clients: { clientId: string; locationId: string; contactIds: string[] }[];
  boards: { boardId: string; open: string[]; closed: string[] }[];
  priorityIds: string[];
  categoryIds: string[];
  tagIds: string[];
}

const DAY_MS = 86_400_000;
const PERIOD_DAYS = 14;

// Hashing with scrypt is deliberately slow; the salt is deterministic, so one digest serves every seed.
let passwordHash: Promise<string> | undefined;

/** Tenant, people, clients and the catalogue the tickets refer to. */
export async function seedReferenceData(tx: Transaction, random: SeededRandom, now: Date): Promise<ReferenceData> {
  const tenant = random.uuid();
  await insertRows(tx, "tenants", [{ tenant, company_name: "Northwind IT Services" }]);

  const clients = CLIENT_NAMES.map((name) => ({
    clientId: random.uuid(),
    locationId: random.uuid(),
    name,
    contacts: Array.from({ length: 3 }, () => ({
      id: random.uuid(),
      name: `${random.pick(CONTACT_FIRST_NAMES)} ${random.pick(CONTACT_LAST_NAMES)}`,
    })),
  }));
  const domainOf = (name: string) => `${name.toLowerCase().replace(/[^a-z]+/g, "")}.example`;
  const phone = () => `+1 503 555 ${String(random.int(0, 9999)).padStart(4, "0")}`;
  await insertRows(
    tx,
    "clients",
    clients.map((client) => ({ tenant, client_id: client.clientId, client_name: client.name, url: `https://${domainOf(client.name)}` })),
  );
  await insertRows(
    tx,
    "client_locations",
    clients.map((client) => ({
      tenant,
      location_id: client.locationId,
      client_id: client.clientId,
      location_name: "Head office",
      email: `office@${domainOf(client.name)}`,
      phone: phone(),
      address_line1: `${random.int(10, 999)} Main Street`,
      city: random.pick(CITIES),
      is_default: true,
    })),
  );
  await insertRows(
    tx,
    "contacts",
    clients.flatMap((client) =>
      client.contacts.map((contact) => ({
        tenant,
        contact_name_id: contact.id,
        client_id: client.clientId,
        full_name: contact.name,
        email: `${contact.name.toLowerCase().replace(/[^a-z]+/g, ".")}@${domainOf(client.name)}`,
        phone_number: phone(),
        role: "Office manager",
      })),
    ),
  );

  passwordHash ??= hashPassword(DEMO_PASSWORD, "alga-sandbox-demo-salt");
  const hashed = await passwordHash;
  const users = DEMO_USERS.map((user) => ({ ...user, id: random.uuid() }));
  const portalContact = clients[0]?.contacts[0]?.id ?? null;
  await insertRows(
    tx,
    "users",
    users.map((user) => ({
      tenant,
      user_id: user.id,
      username: user.email.split("@")[0],
      email: user.email,
      first_name: user.firstName,
      last_name: user.lastName,
      hashed_password: hashed,
      user_type: user.userType,
      contact_id: user.userType === "client" ? portalContact : null,
      phone: null,
      timezone: USER_TIME_ZONES[user.email] ?? "UTC",
      is_inactive: user.inactive === true,
    })),
  );

  await seedUserPreferences(tx, tenant, users);

  const boards = BOARDS.map((board, boardIndex) => ({
    boardId: random.uuid(),
    name: board.name,
    order: boardIndex,
    statuses: board.statuses.map((status, statusIndex) => ({ ...status, id: random.uuid(), order: (statusIndex + 1) * 10 })),
  }));
  await insertRows(
    tx,
    "boards",
    boards.map((board) => ({
      tenant,
      board_id: board.boardId,
      board_name: board.name,
      is_default: board.order === 0,
      display_order: board.order,
    })),
  );
  await insertRows(
    tx,
    "statuses",
    boards.flatMap((board) =>
      board.statuses.map((status) => ({
        tenant,
        status_id: status.id,
        board_id: board.boardId,
        name: status.name,
        is_closed: status.isClosed,
        is_default: status.isDefault,
        order_number: status.order,
      })),
    ),
  );

  const priorities = PRIORITIES.map((priority, index) => ({
    tenant,
    priority_id: random.uuid(),
    priority_name: priority.name,
    order_number: index + 1,
    color: priority.color,
  }));
  await insertRows(tx, "priorities", priorities);
  const serviceDesk = boards[0]?.boardId;
  const categories = CATEGORIES.map((name) => ({ tenant, category_id: random.uuid(), category_name: name, board_id: serviceDesk }));
  await insertRows(tx, "categories", categories);
  await insertRows(
    tx,
    "service_catalog",
    SERVICES.map((service) => ({
      tenant,
      service_id: random.uuid(),
      service_name: service.name,
      description: `${service.name} billed by the hour`,
      default_rate: service.rate,
      is_active: service.active,
    })),
  );
  const tags = TAGS.map((tag) => ({
    tenant,
    tag_id: random.uuid(),
    tag_text: tag.text,
    background_color: tag.background,
    text_color: tag.color,
  }));
  await insertRows(tx, "tag_definitions", tags);
  await insertRows(tx, "time_periods", timePeriods(tenant, random, now));

  const internal = users.filter((user) => user.userType === "internal" && !user.inactive);
  return {
    tenant,
    technicianIds: internal.map((user) => user.id),
    techUserId: users[0]?.id ?? "",
    clients: clients.map((client) => ({
      clientId: client.clientId,
      locationId: client.locationId,
      contactIds: client.contacts.map((contact) => contact.id),
    })),
    boards: boards.map((board) => ({
      boardId: board.boardId,
      open: board.statuses.filter((status) => !status.isClosed).map((status) => status.id),
      closed: board.statuses.filter((status) => status.isClosed).map((status) => status.id),
    })),
    priorityIds: priorities.map((priority) => priority.priority_id),
    categoryIds: categories.map((category) => category.category_id),
    tagIds: tags.map((tag) => tag.tag_id),
  };
}

/** Two-week periods covering at least the last and the next 90 days. */
function timePeriods(tenant: string, random: SeededRandom, now: Date) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const first = today - 98 * DAY_MS;
  return Array.from({ length: 15 }, (_, index) => {
    const start = new Date(first + index * PERIOD_DAYS * DAY_MS);
    const end = new Date(start.getTime() + PERIOD_DAYS * DAY_MS);
    return { tenant, period_id: random.uuid(), start_date: start.toISOString().slice(0, 10), end_date: end.toISOString().slice(0, 10) };
  });
}
