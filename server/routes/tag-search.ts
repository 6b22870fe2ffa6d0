import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { internalConfiguration, parseOrThrow } from "../http/api-error";
import { pagination } from "../http/pagination";
import { queryObject, uuid } from "../http/query-params";
import { direction, paginated, pagingOf, pagingQuery } from "../http/list-paging";
import { quotedColumn } from "../http/sql-identifier";
import { TAG_SQL } from "./tags";

const DEFAULT_LIMIT = 25;

const searchQuerySchema = z.object({
  search_term: z.string().min(1),
  entity_type: z.enum(["contact", "client", "ticket", "project", "project_task", "workflow_form", "opportunity"]).optional(),
  entity_id: uuid().optional(),
  board_id: uuid().optional(),
  limit: z.string().transform(Number).pipe(z.number().int().min(1)).optional(),
  offset: z.string().transform(Number).pipe(z.number().int().min(0)).optional(),
  include_usage: z.string().optional(),
});

/** `GET /api/v1/tags/search` and the generic `GET /api/v1/tags` (fieldkit §6.5–§6.6). */
export function registerTagSearch(app: FastifyInstance, context: SandboxContext): void {
  app.get("/api/v1/tags/search", async (request) => {
    const user = apiUserOf(request);
    const query = parseOrThrow(searchQuerySchema, queryObject(request), "Query validation failed");
    const { search_term, entity_type, entity_id, limit = DEFAULT_LIMIT, offset = 0 } = query;
    const params: unknown[] = [user.tenant, `%${search_term}%`];
    let where = "tm.tenant = $1 AND td.tag_text ILIKE $2";
    if (entity_type) where += ` AND tm.tagged_type = $${params.push(entity_type)}`;
    if (entity_id) where += ` AND tm.tagged_id = $${params.push(entity_id)}`;
    const count = await context.db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM tag_mappings tm JOIN tag_definitions td ON td.tag_id = tm.tag_id WHERE ${where}`,
      params,
    );
    const { rows } = await context.db.query<{ tag_text: string }>(
      `${TAG_SQL} WHERE ${where} ORDER BY td.tag_text LIMIT $${params.push(limit)} OFFSET $${params.push(offset)}`,
      params,
    );
    const term = search_term.toLowerCase();
    // One row per mapping, ranked within the page only: exact 100, prefix 75, contains 50.
    const ranked = rows
      .map((row) => {
        const text = row.tag_text.toLowerCase();
        return { ...row, relevance_score: text === term ? 100 : text.startsWith(term) ? 75 : 50 };
      })
      .sort((a, b) => b.relevance_score - a.relevance_score);
    // `page` is the offset (0 by default), so hasNext is true whenever anything matched (fieldkit §6.5).
    return { data: ranked, pagination: pagination(offset, limit, count.rows[0]?.total ?? 0), meta: { resource: "tag", search_term } };
  });

  // Raw mappings without their text; any filter becomes a WHERE on a column the table lacks (fieldkit §6.6).
  app.get("/api/v1/tags", async (request) => {
    const user = apiUserOf(request);
    const raw = queryObject(request);
    if (Object.keys(raw).some((key) => !(key in pagingQuery))) throw internalConfiguration();
    const paging = pagingOf(parseOrThrow(z.object(pagingQuery), raw, "Query validation failed"));
    const count = await context.db.query<{ total: number }>("SELECT count(*)::int AS total FROM tag_mappings WHERE tenant = $1", [
      user.tenant,
    ]);
    const { rows } = await context.db.query(
      `SELECT * FROM tag_mappings tm WHERE tenant = $1 ORDER BY ${quotedColumn("tm", paging.sort)} ${direction(paging.order)} LIMIT $2 OFFSET $3`,
      [user.tenant, paging.limit, paging.offset],
    );
    return paginated(rows, paging, count.rows[0]?.total ?? 0, { sort: paging.sort, order: paging.order, filters: {} });
  });
}
