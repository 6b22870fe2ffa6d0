import type { FastifyInstance } from "fastify";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { parseOrThrow, validationFailed } from "../http/api-error";
import { queryObject } from "../http/query-params";
import { parseFields, ticketListQuerySchema, type TicketFilters } from "../tickets/list-query";
import {
  SqlParams,
  TAGS_SQL,
  clientsMatchingSearch,
  countSql,
  pageIdsSql,
  payloadSql,
  sortExpression,
  whereClause,
} from "../tickets/list-sql";
import { pagination } from "../http/pagination";

const DEFAULT_LIMIT = 25;

type Row = Record<string, unknown> & { ticket_id: string };
type TagRow = { tagged_id: string; tag_id: string; tag_text: string; background_color: string | null; text_color: string | null };

/** `GET /api/v1/tickets` (contract §4). */
export function registerTicketList(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/tickets", async (request) => {
    const user = apiUserOf(request);
    const raw = queryObject(request);
    const query = parseOrThrow(ticketListQuerySchema, raw, "Query validation failed");
    const { page = 1, limit = DEFAULT_LIMIT, sort, order, ...filters } = query;
    const selection = parseFields(raw.fields);
    if ("unknown" in selection) throw validationFailed(undefined, `Unknown fields requested: ${selection.unknown.join(", ")}`);

    const params = new SqlParams();
    const where = whereClause(user.tenant, filters, params, await clientsMatchingSearch(context.db, user.tenant, filters.search));
    const count = await context.db.query<{ total: number }>(countSql(where), [...params.values]);
    const orderBy = `${sortExpression(sort ?? "created_at")} ${order === "asc" ? "ASC" : "DESC"}`;
    const idsSql = pageIdsSql(where, orderBy, params.add(limit), params.add((page - 1) * limit));
    const ids = (await context.db.query<{ ticket_id: string }>(idsSql, params.values)).rows.map((row) => row.ticket_id);
    const rows = await pageRows(context, ids, selection.fields);

    return {
      data: rows,
      pagination: pagination(page, limit, count.rows[0]?.total ?? 0),
      meta: { sort: sort ?? "created_at", order: order ?? "desc", filters: echoedFilters(filters) },
    };
  });
}

/** The page's payload in the page's order: the full row, or the selected fields with tags. */
async function pageRows(context: SandboxContext, ids: string[], fields: string[] | undefined): Promise<Record<string, unknown>[]> {
  if (ids.length === 0) return [];
  const { rows } = await context.db.query<Row>(payloadSql(fields === undefined), [ids]);
  const byId = new Map(rows.map((row) => [row.ticket_id, row]));
  const ordered = ids.map((id) => byId.get(id)).filter((row): row is Row => row !== undefined);
  if (!fields) return ordered;
  const tags = new Map<string, Omit<TagRow, "tagged_id">[]>();
  if (fields.includes("tags")) {
    for (const { tagged_id, ...tag } of (await context.db.query<TagRow>(TAGS_SQL, [ids])).rows) {
      tags.set(tagged_id, [...(tags.get(tagged_id) ?? []), tag]);
    }
  }
  return ordered.map((row) =>
    Object.fromEntries(fields.map((field) => [field, field === "tags" ? (tags.get(row.ticket_id) ?? []) : (row[field] ?? null)])),
  );
}

/** The validated filters as the real server echoes them in `meta.filters`. */
function echoedFilters(filters: TicketFilters): Record<string, unknown> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
}
