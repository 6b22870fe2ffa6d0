import type { TicketActivity } from "../../api/schemas/activities";
import type { TicketListItem } from "../../api/schemas/tickets";
import type { TicketListFilters } from "../ticket-queries";
import { activityRow } from "../rows-on-device";

/**
 * The tickets of `activities?type=ticket` where the user is an additional agent and not the primary (its
 * `assignedTo` names the primary only, awareness §4), as list rows.
 */
export function additionalAgentRows(tickets: readonly TicketActivity[], userId: string): TicketListItem[] {
  return tickets.filter((ticket) => !ticket.assignedTo.includes(userId)).map(activityRow);
}

/** Whether the rows can be checked against these filters: the feed carries no tags and no SLA columns. */
export const checkableFilters = (filters: TicketListFilters) => !filters.tags && !filters.withSla;

/** The server's list filters (contract §4.1, §4.4) applied to a row on the device. */
export function matchesFilters(row: TicketListItem, filters: TicketListFilters): boolean {
  const search = filters.search?.toLowerCase();
  const updated = row.updated_at ?? row.entered_at;
  return (
    (!filters.is_open || row.status_is_closed === false) &&
    (!filters.is_closed || row.status_is_closed === true) &&
    (!filters.status_name || row.status_name === filters.status_name) &&
    (!filters.priority_name || row.priority_name === filters.priority_name) &&
    (!search || [row.title, row.ticket_number, row.client_name].some((text) => text?.toLowerCase().includes(search))) &&
    (!filters.updated_from || (updated !== null && Date.parse(updated) >= Date.parse(filters.updated_from)))
  );
}

type SortValue = string | number | null;

function sortValue(row: TicketListItem, sort: string): SortValue {
  const value = (row as Record<string, unknown>)[sort];
  if (typeof value !== "string") return null;
  return sort.endsWith("_at") ? Date.parse(value) : value.toLowerCase();
}

/** The server's order: ascending or descending by the column, nulls as the largest value (Postgres' default). */
export function compareRows(a: TicketListItem, b: TicketListItem, filters: TicketListFilters): number {
  const [x, y] = [sortValue(a, filters.sort), sortValue(b, filters.sort)];
  const ascending = x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1;
  return filters.order === "desc" ? -ascending : ascending;
}

/**
 * The server's page of the list with the extra rows merged in its order. While more pages may follow, an extra row
 * that sorts after the last loaded one waits for them, so rows never appear out of order. Rows the server list
 * already holds are not repeated.
 */
export function mergeInOrder(
  loaded: readonly TicketListItem[],
  extra: readonly TicketListItem[],
  filters: TicketListFilters,
  complete: boolean,
): TicketListItem[] {
  const listed = new Set(loaded.map((row) => row.ticket_id));
  const last = loaded.at(-1);
  const due = extra
    .filter((row) => !listed.has(row.ticket_id))
    .filter((row) => complete || (last !== undefined && compareRows(row, last, filters) <= 0))
    .sort((a, b) => compareRows(a, b, filters));
  if (due.length === 0) return [...loaded];
  const merged: TicketListItem[] = [];
  let next = 0;
  for (const row of loaded) {
    while (next < due.length && compareRows(due[next]!, row, filters) < 0) merged.push(due[next++]!);
    merged.push(row);
  }
  return [...merged, ...due.slice(next)];
}

/**
 * Whether a row on the device belongs in the view: the server's filters (contract §4.1) applied here, including
 * the assignee and tags, which the feed's rows above are never checked against. `mine` holds the user's own tickets,
 * additional agent included.
 */
export function inView(row: TicketListItem, filters: TicketListFilters, mine: ReadonlySet<string>): boolean {
  const tags = filters.tags?.split(",");
  return (
    matchesFilters(row, filters) &&
    (!filters.assigned_to || row.assigned_to === filters.assigned_to || mine.has(row.ticket_id)) &&
    (filters.has_assignment === undefined || (row.assigned_to !== null) === filters.has_assignment) &&
    (!tags || row.tags.some((tag) => tags.includes(tag.tag_text)))
  );
}
