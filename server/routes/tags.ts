import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { SandboxContext } from "../context";
import { apiUserOf } from "../auth/api-key";
import { newId } from "../auth/tokens";
import { ApiError, parseOrThrow } from "../http/api-error";
import { queryObject, uuid } from "../http/query-params";
import { jsonBodyStrict } from "../http/request-body";
import { tagColors } from "../tickets/tag-colors";

const ENTITY_TYPES = ["contact", "client", "ticket", "project", "project_task", "workflow_form", "opportunity"] as const;
const tagText = z.string().min(1).max(50);

const tagEntitySchema = z.object({
  entity_id: uuid(),
  entity_type: z.enum(ENTITY_TYPES),
  // Only the text counts; colours and tag_id of the object form are ignored (fieldkit §6.2).
  tags: z
    .array(
      z.union([
        tagText,
        z.object({
          tag_id: uuid().optional(),
          tag_text: tagText,
          background_color: z.string().optional(),
          text_color: z.string().optional(),
        }),
      ]),
    )
    .min(1, "At least one tag is required"),
});
const untagEntitySchema = z.object({
  entity_id: uuid(),
  entity_type: z.enum(ENTITY_TYPES),
  tag_ids: z.array(uuid()).min(1, "At least one tag ID is required"),
});

/** A tag as every tag endpoint answers it: `tag_id` is the mapping id (fieldkit §6). */
export const TAG_SQL = `SELECT tm.mapping_id AS tag_id, td.tag_text, tm.tagged_id, tm.tagged_type, NULL::uuid AS board_id,
    td.background_color, td.text_color, tm.created_by, tm.tenant
  FROM tag_mappings tm JOIN tag_definitions td ON td.tag_id = tm.tag_id`;

/**
 * `GET`/`POST`/`DELETE /api/v1/tags/entity/{type}/{id}` (fieldkit §6.1–§6.3). None checks that the entity
 * exists; POST and DELETE act on the body's entity, not the path's.
 */
export function registerTags(app: FastifyInstance, context: SandboxContext): void {
  app.get<{ Params: { type: string; id: string } }>("/api/v1/tags/entity/:type/:id", async (request) => {
    const user = apiUserOf(request);
    const { type, id } = request.params;
    // A non-UUID id fails in Postgres (500), as on the real server.
    const { rows } = await context.db.query(
      `${TAG_SQL} WHERE tm.tenant = $1 AND tm.tagged_id = $2 AND tm.tagged_type = $3 ORDER BY td.tag_text`,
      [user.tenant, id, type],
    );
    return { data: { entity_id: id, entity_type: type, tags: rows, total_tags: rows.length } };
  });

  app.post("/api/v1/tags/entity/:type/:id", async (request, reply) => {
    const user = apiUserOf(request);
    const body = parseOrThrow(tagEntitySchema, jsonBodyStrict(request), "Request validation failed");
    const texts = body.tags.map((tag) => (typeof tag === "string" ? tag : tag.tag_text).trim().toLowerCase()).filter(Boolean);
    const mappingIds = await context.db
      .transaction(async (tx) => {
        const ids: string[] = [];
        for (const text of texts) {
          const colors = tagColors(text);
          // An existing definition keeps its colours.
          const { rows } = await tx.query<{ tag_id: string }>(
            `INSERT INTO tag_definitions (tenant, tag_id, tag_text, tagged_type, background_color, text_color) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (tenant, tag_text, tagged_type) DO UPDATE SET tag_text = EXCLUDED.tag_text RETURNING tag_id`,
            [user.tenant, newId(), text, body.entity_type, colors.background_color, colors.text_color],
          );
          const mappingId = newId();
          await tx.query(
            "INSERT INTO tag_mappings (tenant, mapping_id, tag_id, tagged_id, tagged_type, created_by) VALUES ($1, $2, $3, $4, $5, $6)",
            [user.tenant, mappingId, rows[0]?.tag_id, body.entity_id, body.entity_type, user.userId],
          );
          ids.push(mappingId);
        }
        return ids;
      })
      .catch((error: unknown) => {
        // The whole request fails on a tag the entity already has, with Postgres's detail (fieldkit §6.2).
        const { code, detail } = error as { code?: string; detail?: string };
        if (code === "23505") throw new ApiError(409, "CONFLICT", "Resource already exists", detail);
        throw error;
      });
    const { rows } = await context.db.query(`${TAG_SQL} WHERE tm.mapping_id = ANY($1::uuid[]) ORDER BY td.tag_text`, [mappingIds]);
    return reply
      .code(201)
      .send({ data: { entity_id: body.entity_id, entity_type: body.entity_type, tags: rows, created_count: rows.length } });
  });

  app.delete("/api/v1/tags/entity/:type/:id", async (request) => {
    const user = apiUserOf(request);
    const body = parseOrThrow(untagEntitySchema, jsonBodyStrict(request), "Request validation failed");
    // Any mapping of the tenant goes, whatever entity the body names; the count is what was asked (fieldkit §6.3).
    await context.db.query("DELETE FROM tag_mappings WHERE tenant = $1 AND mapping_id = ANY($2::uuid[])", [user.tenant, body.tag_ids]);
    return {
      data: {
        entity_id: body.entity_id,
        entity_type: body.entity_type,
        removed_count: body.tag_ids.length,
        message: "Tags removed successfully",
      },
    };
  });

  app.get("/api/v1/tags/cloud", async (request) => {
    const user = apiUserOf(request);
    const query = queryObject(request);
    const limit = query.limit !== undefined ? parseInt(query.limit, 10) : 50;
    const params: unknown[] = [user.tenant, Number.isNaN(limit) ? 50 : limit];
    const typeFilter = query.entity_type !== undefined ? `AND tm.tagged_type = $${params.push(query.entity_type)}` : "";
    const { rows } = await context.db.query<{
      tag_text: string;
      usage_count: number;
      background_color: string | null;
      text_color: string | null;
    }>(
      `SELECT td.tag_text, count(*)::int AS usage_count, td.background_color, td.text_color
       FROM tag_mappings tm JOIN tag_definitions td ON td.tag_id = tm.tag_id
       WHERE tm.tenant = $1 ${typeFilter}
       GROUP BY td.tag_text, td.background_color, td.text_color ORDER BY usage_count DESC, td.tag_text LIMIT $2`,
      params,
    );
    const counts = rows.map((row) => row.usage_count);
    const [min, max] = [Math.min(...counts), Math.max(...counts)];
    const tags = rows.map((row) => ({ ...row, weight: max === min ? 1 : (row.usage_count - min) / (max - min) }));
    return { data: { tags, total_tags: tags.length, max_weight: tags.length === 0 ? 0 : 1 } };
  });
}
