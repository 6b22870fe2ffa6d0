import { z } from "zod";
import { isoDateTime, parseList, positiveIntegerString, queryBoolean, uuid } from "../http/query-params";

/** `ticketListQuerySchema` of the real server (contract §4.1): unknown parameters are ignored. */
export const ticketListQuerySchema = z.object({
  page: positiveIntegerString().optional(),
  limit: positiveIntegerString(100).optional(),
  sort: z.string().optional(),
  order: z.enum(["asc", "desc"]).optional(),
  search: z.string().optional(),
  is_open: queryBoolean().optional(),
  is_closed: queryBoolean().optional(),
  has_assignment: queryBoolean().optional(),
  is_active: queryBoolean().optional(),
  assigned_to: uuid().optional(),
  board_id: uuid().optional(),
  client_id: uuid().optional(),
  location_id: uuid().optional(),
  contact_name_id: uuid().optional(),
  status_id: uuid().optional(),
  category_id: uuid().optional(),
  subcategory_id: uuid().optional(),
  entered_by: uuid().optional(),
  priority_id: uuid().optional(),
  status_ids: z.string().transform(parseList).pipe(z.array(uuid())).optional(),
  tags: z
    .string()
    .transform(parseList)
    .pipe(z.array(z.string()).transform((tags) => tags.map((tag) => tag.trim().toLowerCase())))
    .optional(),
  title: z.string().optional(),
  ticket_number: z.string().optional(),
  priority_name: z.string().optional(),
  status_name: z.string().optional(),
  client_name: z.string().optional(),
  contact_name: z.string().optional(),
  board_name: z.string().optional(),
  category_name: z.string().optional(),
  updated_from: isoDateTime().optional(),
  updated_to: isoDateTime().optional(),
  entered_from: isoDateTime().optional(),
  entered_to: isoDateTime().optional(),
  created_from: isoDateTime().optional(),
  created_to: isoDateTime().optional(),
  closed_from: isoDateTime().optional(),
  closed_to: isoDateTime().optional(),
});

export type TicketListQuery = z.infer<typeof ticketListQuerySchema>;
export type TicketFilters = Omit<TicketListQuery, "page" | "limit" | "sort" | "order">;

/** The 14 named fields of `fields=mobile_list` (contract §4.2). */
export const MOBILE_LIST_FIELDS = [
  "ticket_id",
  "ticket_number",
  "title",
  "status_id",
  "status_name",
  "status_is_closed",
  "priority_name",
  "assigned_to_name",
  "client_name",
  "contact_name",
  "updated_at",
  "entered_at",
  "closed_at",
  "tags",
] as const;

/** Added to every field selection: the authorization columns. */
export const ALWAYS_ADDED_FIELDS = ["entered_by", "assigned_to", "client_id", "board_id", "assigned_team_id"] as const;

/** The requested selection, or an error listing unknown names; undefined = the full payload. */
export function parseFields(raw: string | undefined): { fields: string[] | undefined } | { unknown: string[] } {
  const names = (raw ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return { fields: undefined };
  if (names.includes("mobile_list")) return { fields: [...MOBILE_LIST_FIELDS, ...ALWAYS_ADDED_FIELDS] };
  const allowed = new Set<string>([...MOBILE_LIST_FIELDS, "mobile_list"]);
  const unknown = names.filter((name) => !allowed.has(name));
  if (unknown.length > 0) return { unknown };
  return { fields: [...new Set([...names, ...ALWAYS_ADDED_FIELDS])] };
}
