import type { Database } from "../db/database";
import { quotedColumn } from "../http/sql-identifier";
import type { TicketFilters } from "./list-query";
import { TICKET_JOINS, fullNameOf, joinsUsedBy } from "./ticket-joins";

// Sort keys mapped to joined names; any other value is used as a raw tickets column (contract §4.3).
const SORT_COLUMNS: Record<string, string> = {
  created_at: "t.entered_at",
  client_name: "c.client_name",
  status_name: "s.name",
  priority_name: "p.priority_name",
};

export function sortExpression(sort: string): string {
  return SORT_COLUMNS[sort] ?? quotedColumn("t", sort);
}

export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The search pattern (`%` and `_` are not escaped: they act as wildcards, as on the real server, contract §4.4)
 * and the clients whose name it matches. Search matches the title, the number or the client's name; the
 * client ids are looked up first, so that every branch of the OR is an indexed column (trigram indexes for
 * title and number, tickets_client_idx for the ids) and the planner, seeing the actual ids, ORs index bitmaps.
 * A join to clients in the OR would make it read every ticket.
 */
export async function clientsMatchingSearch(db: Database, tenant: string, search: string | undefined): Promise<string[]> {
  if (!search) return [];
  const { rows } = await db.query<{ client_id: string }>("SELECT client_id FROM clients WHERE tenant = $1 AND client_name ILIKE $2", [
    tenant,
    `%${search}%`,
  ]);
  return rows.map((row) => row.client_id);
}

/** WHERE clause for the validated filters; all combine with AND (contract §4.1). */
export function whereClause(tenant: string, filters: TicketFilters, params: SqlParams, searchedClientIds: string[]): string {
  const conditions = [`t.tenant = ${params.add(tenant)}`];
  const equal = (column: string, value: unknown) => value !== undefined && conditions.push(`${column} = ${params.add(value)}`);
  const contains = (column: string, value: string | undefined) =>
    value !== undefined && conditions.push(`${column} ILIKE ${params.add(`%${value}%`)}`);
  const range = (column: string, from: string | undefined, to: string | undefined) => {
    if (from !== undefined) conditions.push(`${column} >= ${params.add(from)}`);
    if (to !== undefined) conditions.push(`${column} <= ${params.add(to)}`);
  };

  // `false` for is_open/is_closed filters nothing, a quirk of the real server.
  if (filters.is_open === true) conditions.push("s.is_closed = false");
  if (filters.is_closed === true) conditions.push("s.is_closed = true");
  if (filters.has_assignment !== undefined) conditions.push(filters.has_assignment ? "t.assigned_to IS NOT NULL" : "t.assigned_to IS NULL");
  for (const column of [
    "assigned_to",
    "board_id",
    "client_id",
    "location_id",
    "contact_name_id",
    "status_id",
    "category_id",
    "subcategory_id",
    "entered_by",
    "priority_id",
  ] as const) {
    equal(`t.${column}`, filters[column]);
  }
  if (filters.status_ids) conditions.push(`t.status_id = ANY(${params.add(filters.status_ids)}::uuid[])`);
  if (filters.tags) {
    conditions.push(`EXISTS (SELECT 1 FROM tag_mappings tm JOIN tag_definitions td ON td.tag_id = tm.tag_id
      WHERE tm.tagged_id = t.ticket_id AND lower(td.tag_text) = ANY(${params.add(filters.tags)}::text[]))`);
  }
  contains("t.title", filters.title);
  contains("t.ticket_number", filters.ticket_number);
  equal("p.priority_name", filters.priority_name);
  equal("s.name", filters.status_name);
  equal("c.client_name", filters.client_name);
  equal("ct.full_name", filters.contact_name);
  equal("b.board_name", filters.board_name);
  equal("cat.category_name", filters.category_name);
  range("COALESCE(t.updated_at, t.entered_at)", filters.updated_from, filters.updated_to);
  range("t.entered_at", filters.entered_from, filters.entered_to);
  range("t.entered_at", filters.created_from, filters.created_to);
  range("t.closed_at", filters.closed_from, filters.closed_to);
  if (filters.search) {
    const pattern = params.add(`%${filters.search}%`);
    const clientIds = params.add(searchedClientIds);
    conditions.push(`(t.title ILIKE ${pattern} OR t.ticket_number ILIKE ${pattern} OR t.client_id = ANY(${clientIds}::uuid[]))`);
  }
  return conditions.join(" AND ");
}

const MOBILE_COLUMNS = `t.ticket_id, t.ticket_number, t.title, t.status_id, s.name AS status_name, s.is_closed AS status_is_closed,
  p.priority_name, ${fullNameOf("au")} AS assigned_to_name, c.client_name, ct.full_name AS contact_name,
  t.updated_at, t.entered_at, t.closed_at, t.entered_by, t.assigned_to, t.client_id, t.board_id, t.assigned_team_id`;

const FULL_COLUMNS = `t.*, c.client_name, ct.full_name AS contact_name, s.name AS status_name, s.is_closed AS status_is_closed,
  p.priority_name, cat.category_name, sub.category_name AS subcategory_name, b.board_name,
  ${fullNameOf("eu")} AS entered_by_name, ${fullNameOf("au")} AS assigned_to_name`;

/**
 * A page in two steps, to stay fast at 10 000 tickets: the ids of the page (and the count) with only
 * the joins the filters and the sort need, then the payload of those ids with every join.
 */
export function pageIdsSql(where: string, orderBy: string, limitParam: string, offsetParam: string): string {
  return `SELECT t.ticket_id FROM tickets t ${joinsUsedBy(`${where} ${orderBy}`)} WHERE ${where} ORDER BY ${orderBy} LIMIT ${limitParam} OFFSET ${offsetParam}`;
}

export function countSql(where: string): string {
  return `SELECT count(*)::int AS total FROM tickets t ${joinsUsedBy(where)} WHERE ${where}`;
}

/** The payload of the ids in $1, in any order (the caller restores the page's order). */
export function payloadSql(full: boolean): string {
  return full
    ? `SELECT ${FULL_COLUMNS} FROM tickets t ${TICKET_JOINS}
       LEFT JOIN categories sub ON sub.category_id = t.subcategory_id
       LEFT JOIN users eu ON eu.user_id = t.entered_by
       WHERE t.ticket_id = ANY($1::uuid[])`
    : `SELECT ${MOBILE_COLUMNS} FROM tickets t ${TICKET_JOINS} WHERE t.ticket_id = ANY($1::uuid[])`;
}

/** Tags of the ids in $1 as the list returns them: `tag_id` is the mapping id, sorted by text. */
export const TAGS_SQL = `SELECT tm.tagged_id, tm.mapping_id AS tag_id, td.tag_text, td.background_color, td.text_color
  FROM tag_mappings tm JOIN tag_definitions td ON td.tag_id = tm.tag_id
  WHERE tm.tagged_id = ANY($1::uuid[]) AND tm.tagged_type = 'ticket' ORDER BY td.tag_text`;
