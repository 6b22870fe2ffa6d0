/** Joins and derived columns shared by the list, the detail and stats. */

// Each join by the alias the SQL uses, so a query can include only the joins its text refers to.
const JOINS: Record<string, string> = {
  s: "LEFT JOIN statuses s ON s.status_id = t.status_id",
  p: "LEFT JOIN priorities p ON p.priority_id = t.priority_id",
  c: "LEFT JOIN clients c ON c.client_id = t.client_id",
  ct: "LEFT JOIN contacts ct ON ct.contact_name_id = t.contact_name_id",
  au: "LEFT JOIN users au ON au.user_id = t.assigned_to",
  b: "LEFT JOIN boards b ON b.board_id = t.board_id",
  cat: "LEFT JOIN categories cat ON cat.category_id = t.category_id",
};

export const TICKET_JOINS = Object.values(JOINS).join("\n  ");

/** Only the joins whose alias appears in `sql` (a count over 10 000 tickets pays for every join). */
export function joinsUsedBy(sql: string): string {
  return Object.entries(JOINS)
    .filter(([alias]) => new RegExp(`\\b${alias}\\.`).test(sql))
    .map(([, join]) => join)
    .join("\n  ");
}

/** "First Last", null unless both names are set (contract §4.2). */
export const fullNameOf = (alias: string) =>
  `CASE WHEN ${alias}.first_name IS NOT NULL AND ${alias}.last_name IS NOT NULL THEN ${alias}.first_name || ' ' || ${alias}.last_name END`;
